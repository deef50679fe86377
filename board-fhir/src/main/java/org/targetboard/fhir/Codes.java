package org.targetboard.fhir;

/**
 * The code systems and extensions of the Bundles. Standard codes where FHIR, LOINC and
 * SNOMED CT have them (domain.md 7); the board's own for what they do not cover.
 */
final class Codes {

	static final String BASE = "https://target-board.org/fhir/";

	static final String EXTENSION = BASE + "StructureDefinition/";

	static final String CODE_SYSTEM = BASE + "CodeSystem/";

	static final String PSEUDONYM = BASE + "NamingSystem/pseudonym";

	/**
	 * The board's profiles (its package in {@code fhir/package}): the pseudonymised
	 * patient and the relapse.
	 */
	static final String PATIENT_PROFILE = EXTENSION + "board-patient";

	static final String RELAPSE_PROFILE = EXTENSION + "board-relapse";

	static final String LOINC = "http://loinc.org";

	static final String SNOMED = "http://snomed.info/sct";

	static final String UCUM = "http://unitsofmeasure.org";

	/**
	 * The DNPM evidence levels as coded by the MII tumour-board module (domain.md 1.5).
	 */
	static final String EVIDENCE = "https://www.medizininformatik-initiative.de/fhir/ext/modul-mtb/CodeSystem/"
			+ "mii-cs-mtb-therapieempfehlung-evidenzgrad";

	static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	/** LOINC 69548-6 Genetic variant assessment (Genomics Reporting IG, Variant). */
	static final String VARIANT = "69548-6";

	static final String GENE_STUDIED = "48018-6";

	static final String PROTEIN_HGVS = "48005-3";

	static final String SAMPLE_VAF = "81258-6";

	static final String GENOMIC_SOURCE = "48002-0";

	static final String DNA_CHANGE_TYPE = "48019-4";

	/** LOINC 48004-6 DNA change (c.HGVS) and 81290-9 genomic DNA change (g.HGVS). */
	static final String C_HGVS = "48004-6";

	static final String G_HGVS = "81290-9";

	/**
	 * LOINC 95123-6 Gene fusion transcript details: the MII molecular genetics variant's
	 * fusion as {@code GENE1::GENE2}.
	 */
	static final String GENE_FUSION = "95123-6";

	/** LOINC 81252-9 Discrete genetic variant (variation code or name). */
	static final String VARIATION_CODE = "81252-9";

	/** LOINC Molecular consequence (Genomics Reporting). */
	static final String MOLECULAR_CONSEQUENCE = "48006-1";

	/** HGVS nomenclature, the system of coded p.HGVS and c.HGVS. */
	static final String HGVS = "http://varnomen.hgvs.org";

	/** HGNC gene ids (HGNC:1097), as the Genomics Reporting IG codes genes. */
	static final String HGNC = "http://www.genenames.org";

	/** HGNC gene ids as the MII tumour-board module codes them; read on import. */
	static final String HGNC_MII = "http://www.genenames.org/geneId";

	/** Sequence Ontology, as the Genomics Reporting IG names it. */
	static final String SEQUENCE_ONTOLOGY = "http://www.sequenceontology.org";

	/** HL7 v2 table 0074 (diagnostic service section): GE, genetics. */
	static final String V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074";

	/** The Genomics Reporting IG 3.0.0 Variant profile the variant Observations claim. */
	static final String GR_VARIANT = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant";

	/** LOINC 30525-0 Age. */
	static final String AGE = "30525-0";

	/** LOINC 59284-0 Patient consent. */
	static final String PATIENT_CONSENT = "59284-0";

	/**
	 * SNOMED CT 110465008 Clinical trial (procedure), 709491003 Enrollment in clinical
	 * trial.
	 */
	static final String CLINICAL_TRIAL = "110465008";

	static final String TRIAL_ENROLMENT = "709491003";

	/** SNOMED CT 234336002 Hemopoietic stem cell transplant. */
	static final String HSCT = "234336002";

	private Codes() {
	}

}
