package org.targetboard.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.targetboard.core.archfixture.SpringInCore;

/**
 * The module graph of house-style section 1, checked on the compiled classes of every
 * module.
 */
@AnalyzeClasses(packages = "org.targetboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAnyPackage("org.targetboard.core..", "org.targetboard.prioritization..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.validation..", "org.hibernate..",
				"lombok..")
		.because("board-core and board-prioritization are plain Java (house-style section 1, rule 2)");

	@ArchTest
	static final ArchRule coreDependsOnNoOtherModule = noClasses().that()
		.resideInAPackage("org.targetboard.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.targetboard.prioritization..", "org.targetboard.registry..", "org.targetboard.web..",
				"org.targetboard.fhir..");

	@ArchTest
	static final ArchRule fhirIsPlainJavaOnCore = noClasses().that()
		.resideInAPackage("org.targetboard.fhir..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.targetboard.prioritization..",
				"org.targetboard.registry..", "org.targetboard.web..")
		.because("board-fhir maps core types to FHIR and nothing else (docs/architecture.md)");

	@ArchTest
	static final ArchRule onlyWebAndFhirKnowFhir = noClasses().that()
		.resideInAnyPackage("org.targetboard.core..", "org.targetboard.prioritization..", "org.targetboard.registry..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.targetboard.fhir..", "org.hl7.fhir..", "ca.uhn.fhir..");

	@ArchTest
	static final ArchRule prioritizationDependsOnlyOnCore = noClasses().that()
		.resideInAPackage("org.targetboard.prioritization..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.targetboard.registry..", "org.targetboard.web..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule registryDoesNotKnowPrioritizationOrWeb = noClasses().that()
		.resideInAPackage("org.targetboard.registry..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.targetboard.prioritization..", "org.targetboard.web..");

	@ArchTest
	static final ArchRule webNeverTouchesEntities = noClasses().that()
		.resideInAPackage("org.targetboard.web..")
		.should()
		.dependOnClassesThat()
		.areAnnotatedWith(Entity.class)
		.because("JPA entities never leave board-registry (house-style section 1, rule 4)");

	/**
	 * Who may do what is the permission policy's (core.access.BoardAction): pages, API
	 * and registry ask it instead of naming roles. Naming a role stays for what is data,
	 * not permission: accounts, demo users, the first administrator and who can be
	 * invited to chair or sit on a meeting.
	 */
	@ArchTest
	static final ArchRule rolesAreNamedOnlyByThePolicyAndAccounts = noClasses().that()
		.resideInAnyPackage("org.targetboard.web..", "org.targetboard.registry..")
		.and()
		.resideOutsideOfPackages("org.targetboard.registry.account..")
		.and()
		.doNotHaveSimpleName("DemoData")
		.and()
		.doNotHaveSimpleName("DemoBoard")
		.and()
		.doNotHaveSimpleName("FirstAdministrator")
		.and()
		.doNotHaveSimpleName("MeetingRegistry")
		.and()
		.doNotHaveSimpleName("MeetingController")
		.and()
		.doNotHaveSimpleName("MeetingUseCases")
		.should()
		.accessFieldWhere(JavaFieldAccess.Predicates
			.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.type(org.targetboard.core.access.Role.class))))
		.because("one permission policy in core decides who may do what (core.access.BoardAction)");

	/**
	 * Controllers are adapters: a page and its API twin call one use-case service, which
	 * owns the orchestration and its transaction (house-style section 12). Only the
	 * registry's read-only analyses (dashboard, exports, the list of centres) are read
	 * directly.
	 */
	@ArchTest
	static final ArchRule controllersCallUseCasesNotRegistries = noClasses().that()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.or()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should()
		.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.targetboard.registry..")
			.and(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
				.annotatedWith(org.springframework.stereotype.Service.class)
				.or(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
					.annotatedWith(org.springframework.stereotype.Component.class)))
			.and(JavaClass.Predicates.resideOutsideOfPackages("org.targetboard.registry.analytics..",
					"org.targetboard.registry.centre..")))
		.because("pages and API call the same use-case service; no controller holds orchestration");

	@ArchTest
	static final ArchRule entitiesAreNotPublic = classes().that().areAnnotatedWith(Entity.class).should().notBePublic();

	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic();

	@Test
	void goesRedWhenCoreImportsSpring() {
		JavaClasses offending = new ClassFileImporter().importClasses(SpringInCore.class);

		assertThatThrownBy(() -> domainIsPlainJava.check(offending)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("SpringInCore");
	}

	@Test
	void goesRedWhenAControllerCallsARegistry() {
		JavaClasses offending = new ClassFileImporter()
			.importClasses(org.targetboard.web.archfixture.ControllerOnRegistry.class);

		assertThatThrownBy(() -> controllersCallUseCasesNotRegistries.check(offending))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("CaseRegistry");
	}

}
