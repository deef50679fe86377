package org.targetboard.core.archfixture;

import org.springframework.stereotype.Component;

/**
 * A deliberate violation, placed in a core package of the test sources only, to prove the
 * architecture rule fails.
 */
@Component
public class SpringInCore {

}
