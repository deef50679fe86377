package org.targetboard.core.access;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * The set of cases a viewer may see, expressed so that it can be applied inside a
 * database query: centre isolation is enforced where the data is read, not only in the
 * user interface.
 *
 * @param anyCase whether any case may be seen at all
 * @param centre when present, only this centre's cases
 * @param includeDrafts whether cases still in {@link CaseStatus#DRAFT} are visible
 * @param includeWithdrawn whether cases whose consent was withdrawn are visible
 * @param oneHospital whether only the cases of one treating hospital are visible
 * @param hospital that hospital; absent for the cases treated at the coordinating centre
 * itself
 */
public record CaseScope(boolean anyCase, @Nullable CentreCode centre, boolean includeDrafts, boolean includeWithdrawn,
		boolean oneHospital, @Nullable HospitalCode hospital) {

	/** Nothing at all. */
	public static final CaseScope NONE = new CaseScope(false, null, false, false, false, null);

	/**
	 * Every centre's cases once submitted, until consent is withdrawn: withdrawal stops
	 * processing by the board (product.md step 3).
	 */
	public static final CaseScope SUBMITTED_CASES_OF_ALL_CENTRES = new CaseScope(true, null, false, false, false, null);

	/**
	 * All cases of one centre, drafts included, and withdrawn cases, which stay visible
	 * to their centre as withdrawn.
	 */
	public static CaseScope ofCentre(@Nullable CentreCode centre) {
		return new CaseScope(true, Objects.requireNonNull(centre, "centre"), true, true, false, null);
	}

	/**
	 * The cases of one treating hospital of a centre (or, without a hospital, those the
	 * centre treats itself), drafts and withdrawn cases included as for the centre.
	 */
	public static CaseScope ofHospital(@Nullable CentreCode centre, @Nullable HospitalCode hospital) {
		return new CaseScope(true, Objects.requireNonNull(centre, "centre"), true, true, true, hospital);
	}

	/**
	 * Whether a case of the given centre and hospital in the given state is inside this
	 * scope.
	 */
	public boolean includes(CentreCode caseCentre, @Nullable HospitalCode caseHospital, CaseStatus status) {
		return this.anyCase && (this.centre == null || this.centre.equals(caseCentre))
				&& (!this.oneHospital || Objects.equals(this.hospital, caseHospital))
				&& (this.includeDrafts || status != CaseStatus.DRAFT)
				&& (this.includeWithdrawn || status != CaseStatus.CONSENT_WITHDRAWN);
	}

	/** Whether a case of the given centre, treated there, is inside this scope. */
	public boolean includes(CentreCode caseCentre, CaseStatus status) {
		return includes(caseCentre, null, status);
	}

}
