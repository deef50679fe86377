package org.targetboard.web.boardcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.prioritization.json.CaseJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field of the case format reaches the case form: the form has a property for it,
 * the page has an input for it, and the documented example that fills every field comes
 * back unchanged from the form.
 */
class CaseFormFieldsTests {

	private static final Path SCHEMA = Path.of("../docs/case-format.schema.json");

	private static final Path EXAMPLE = Path.of("../docs/examples/every-field.json");

	private static final Path TEMPLATE = Path.of("src/main/resources/templates/cases/case-form.html");

	@Test
	void theFormCarriesEveryFieldOfTheCaseFormat() throws Exception {
		Set<String> properties = Arrays.stream(Introspector.getBeanInfo(CaseForm.class).getPropertyDescriptors())
			.map(PropertyDescriptor::getName)
			.collect(Collectors.toSet());
		Set<String> rowProperties = Arrays
			.stream(Introspector.getBeanInfo(CaseForm.HistoryRow.class).getPropertyDescriptors())
			.map(PropertyDescriptor::getName)
			.collect(Collectors.toSet());
		String page = Files.readString(TEMPLATE);

		for (String field : formFields()) {
			assertThat(properties).as("form property " + field).contains(field);
			assertThat(page).as("input for " + field).containsAnyOf("'" + field + "'", "*{" + field + "}");
		}
		for (String field : names(schema().get("$defs").get("treatmentLine").get("properties"))) {
			assertThat(rowProperties).as("history row property " + field).contains(field);
			assertThat(page).as("input for history " + field).contains("history[__${it.index}__]." + field + "'");
		}
	}

	@Test
	void theDocumentedExampleComesBackUnchangedFromTheForm() throws IOException {
		CaseIntake intake = CaseJson.readIntake(Files.readString(EXAMPLE));
		CaseForm form = CaseFormMapper.toForm(intake, 0);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "caseForm");

		CaseIntake back = CaseFormMapper.toIntake(form, errors, new ArrayList<>());

		assertThat(errors.getAllErrors()).isEmpty();
		assertThat(back).isEqualTo(intake);
	}

	@Test
	void acceptsFlt3ItdAsCliniciansWriteItAndKeepsAgentsAsTyped() {
		CaseForm form = new CaseForm();
		form.setDiagnosis(org.targetboard.core.boardcase.Diagnosis.AML);
		form.setRelapseNumber(1);
		CaseForm.LesionRow lesion = new CaseForm.LesionRow();
		lesion.setType(org.targetboard.core.profile.MolecularLesion.Type.SNV_INDEL);
		lesion.setGene("FLT3-ITD");
		form.getLesions().add(lesion);
		CaseForm.HistoryRow line = new CaseForm.HistoryRow();
		line.setKind(org.targetboard.core.profile.TreatmentLine.Kind.CHEMOTHERAPY);
		line.setAgents("AIEOP-BFM ALL 2017, TBI");
		form.getHistory().add(line);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "caseForm");
		List<CaseFormMapper.Note> notes = new ArrayList<>();

		CaseIntake intake = CaseFormMapper.toIntake(form, errors, notes);

		assertThat(errors.getAllErrors()).isEmpty();
		assertThat(intake.lesions().get(0).gene()).isEqualTo("FLT3");
		assertThat(intake.lesions().get(0).proteinChange()).isEqualTo("ITD");
		assertThat(notes).extracting(CaseFormMapper.Note::code).contains("case.note.duplicationNormalised");
		assertThat(intake.history().get(0).agents()).containsExactly("AIEOP-BFM ALL 2017", "TBI");
		assertThat(intake.history().get(0).agentIds()).containsExactly("aieop-bfm-all-2017", "tbi");
	}

	/**
	 * The schema's fields as the form names them: the situation's fields stand at the
	 * top.
	 */
	private static List<String> formFields() throws IOException {
		JsonNode schema = schema();
		List<String> fields = new ArrayList<>();
		for (String field : names(schema.get("properties"))) {
			if (!field.equals("country") && !field.equals("situation")) {
				fields.add(field);
			}
		}
		fields.addAll(names(schema.get("$defs").get("situation").get("properties")));
		return fields;
	}

	private static JsonNode schema() throws IOException {
		return JsonMapper.builder().build().readTree(Files.readString(SCHEMA));
	}

	private static List<String> names(JsonNode properties) {
		List<String> names = new ArrayList<>();
		properties.propertyNames().forEach(names::add);
		return names;
	}

}
