package org.targetboard.core.profile;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The facts of the disease course that a relapse board judges beyond the relapse itself:
 * whether the relapse came on therapy or only as MRD, what kind of refractoriness it is,
 * where the extramedullary disease is, the karyotype groups, the lineages of a mixed
 * phenotype, and the earlier relapses with their dates (so that the timing of a second or
 * later relapse can be judged). Everything is optional; empty means "not recorded".
 *
 * @param relapseOnTherapy the relapse came during therapy (e.g. during maintenance)
 * @param molecularRelapse MRD re-emergence without morphological relapse
 * @param refractoriness how refractoriness was shown, when the disease is refractory
 * @param extramedullarySites where the extramedullary disease is
 * @param cytogenetics karyotype groups (ploidy, iAMP21)
 * @param mpalLineages the lineages of a mixed-phenotype acute leukaemia
 * @param earlierRelapses earlier relapses of this patient, oldest first
 */
public record Situation(boolean relapseOnTherapy, boolean molecularRelapse, @Nullable Refractoriness refractoriness,
		List<ExtramedullarySite> extramedullarySites, List<Cytogenetics> cytogenetics, List<MpalLineage> mpalLineages,
		List<EarlierRelapse> earlierRelapses) {

	/** Nothing recorded. */
	public static final Situation NONE = new Situation(false, false, null, List.of(), List.of(), List.of(), List.of());

	public Situation {
		extramedullarySites = distinct(extramedullarySites, "situation.extramedullarySites");
		cytogenetics = distinct(cytogenetics, "situation.cytogenetics");
		mpalLineages = distinct(mpalLineages, "situation.mpalLineages");
		earlierRelapses = List.copyOf((earlierRelapses != null) ? earlierRelapses : List.of());
		if (earlierRelapses.size() > 8) {
			throw new InvalidProfileException("situation.earlierRelapses", "range", "must list at most 8 relapses");
		}
	}

	/** Whether anything is recorded. */
	public boolean recorded() {
		return !equals(NONE);
	}

	/** Whether the central nervous system is involved. */
	public boolean cnsInvolved() {
		return this.extramedullarySites.contains(ExtramedullarySite.CNS);
	}

	private static <T> List<T> distinct(@Nullable List<T> values, String field) {
		if (values == null) {
			return List.of();
		}
		values.forEach((value) -> ProfileChecks.required(field, value));
		return values.stream().distinct().toList();
	}

	/** How refractoriness was shown (Ponte di Legno consensus). */
	public enum Refractoriness {

		/** M2/M3 marrow after induction or re-induction: morphological failure. */
		MARROW,
		/** Morphological remission with MRD persisting at or above 10⁻³. */
		MRD

	}

	/** Where extramedullary disease is. */
	public enum ExtramedullarySite {

		CNS, TESTIS, OCULAR, SKIN, BONE, MEDIASTINUM, LYMPH_NODES, OTHER

	}

	/** Karyotype groups the board weighs. */
	public enum Cytogenetics {

		HIGH_HYPERDIPLOIDY, NEAR_HAPLOIDY, LOW_HYPODIPLOIDY, HYPODIPLOIDY, IAMP21, COMPLEX_KARYOTYPE, NORMAL

	}

	/** A lineage of a mixed-phenotype acute leukaemia (WHO/ICC criteria). */
	public enum MpalLineage {

		B, T, MYELOID

	}

	/**
	 * An earlier relapse.
	 *
	 * @param date when it was diagnosed
	 * @param site its site
	 */
	public record EarlierRelapse(@Nullable LocalDate date, @Nullable RelapseSite site) {
	}

}
