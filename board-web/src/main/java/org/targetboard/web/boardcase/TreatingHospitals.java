package org.targetboard.web.boardcase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.centre.Hospital;
import org.targetboard.core.centre.HospitalCode;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.registry.centre.CentreRegistry;
import org.springframework.stereotype.Component;

/**
 * The treating hospital of a case as the form and the API name it: a code of one of the
 * hospitals the coordinator's centre coordinates, or nothing when the centre treats the
 * patient itself.
 */
@Component
class TreatingHospitals {

	static final String FIELD = "treatingHospital";

	private final CentreRegistry centres;

	TreatingHospitals(CentreRegistry centres) {
		this.centres = centres;
	}

	/** The hospitals the viewer's centre coordinates, code to name, for a choice. */
	Map<String, String> choices(Viewer viewer) {
		Map<String, String> choices = new LinkedHashMap<>();
		if (viewer.centre() != null) {
			for (Hospital hospital : this.centres.hospitals(viewer.centre())) {
				choices.put(hospital.code().value(), hospital.name());
			}
		}
		return choices;
	}

	/** The hospital's name, or nothing for a case the centre treats itself. */
	@Nullable String name(@Nullable HospitalCode code) {
		return (code != null) ? this.centres.findHospital(code).map(Hospital::name).orElse(code.value()) : null;
	}

	/**
	 * The code as given; whether the centre coordinates it is checked where the case is
	 * stored.
	 * @throws IncompleteCaseException if the text is not a hospital code
	 */
	static @Nullable HospitalCode parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!HospitalCode.isWellFormed(text.strip())) {
			throw new IncompleteCaseException(
					List.of(new IntakeProblem(FIELD, "hospital.unknown", "is not a hospital your centre coordinates")));
		}
		return new HospitalCode(text.strip());
	}

}
