package org.targetboard.web.archfixture;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.targetboard.registry.boardcase.CaseRegistry;

/**
 * A page controller that goes around the use cases: the architecture rule must refuse it.
 */
@Controller
public class ControllerOnRegistry {

	private final CaseRegistry cases;

	ControllerOnRegistry(CaseRegistry cases) {
		this.cases = cases;
	}

	CaseRegistry cases() {
		return this.cases;
	}

}
