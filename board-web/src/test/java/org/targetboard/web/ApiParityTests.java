package org.targetboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.targetboard.web.system.ApiTwin;

/**
 * Every page action (a POST, PUT or DELETE of a page controller) has a twin in the JSON
 * API that changes the same thing through the same service: the twin named by
 * {@link ApiTwin} exists in a REST controller, and both call at least one common changing
 * method of a registry or use-case service.
 */
class ApiParityTests {

	/** Calls that read; a twin must share a call that changes. */
	private static final Set<String> READS = Set.of("read", "find", "list", "versions", "draft", "reports", "nextDue",
			"worklist", "latestRanking", "ranking", "held", "letter");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.targetboard");

	@Test
	void everyPageActionHasAnApiTwinOnTheSameService() {
		List<String> problems = new ArrayList<>();
		Set<String> actions = new TreeSet<>();
		for (JavaClass page : CLASSES) {
			if (!page.isAnnotatedWith(Controller.class) || page.isAnnotatedWith(RestController.class)) {
				continue;
			}
			for (JavaMethod action : page.getMethods()) {
				if (!action.isAnnotatedWith(PostMapping.class) && !action.isAnnotatedWith(PutMapping.class)
						&& !action.isAnnotatedWith(DeleteMapping.class)) {
					continue;
				}
				String name = page.getSimpleName() + "#" + action.getName();
				actions.add(name);
				if (!action.isAnnotatedWith(ApiTwin.class)) {
					problems.add(name + " has no @ApiTwin");
					continue;
				}
				String twinName = action.getAnnotationOfType(ApiTwin.class).value();
				JavaMethod twin = twin(twinName);
				if (twin == null) {
					problems.add(name + ": no REST method " + twinName);
					continue;
				}
				Set<String> shared = changes(action);
				shared.retainAll(changes(twin));
				if (shared.isEmpty()) {
					problems.add(name + " and " + twinName + " change nothing through the same service");
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(actions).hasSizeGreaterThan(20);
	}

	private static JavaMethod twin(String name) {
		String[] parts = name.split("#");
		return CLASSES.stream()
			.filter((c) -> c.getSimpleName().equals(parts[0]) && c.isAnnotatedWith(RestController.class))
			.flatMap((c) -> c.getMethods().stream())
			.filter((m) -> m.getName().equals(parts[1]))
			.findFirst()
			.orElse(null);
	}

	/** The changing methods of registries and use-case services that a method calls. */
	private static Set<String> changes(JavaMethod method) {
		return method.getMethodCallsFromSelf()
			.stream()
			.map(JavaMethodCall::getTarget)
			.filter((target) -> target.getOwner().getPackageName().startsWith("org.targetboard.registry")
					|| target.getOwner().getSimpleName().endsWith("UseCases")
					|| target.getOwner().getSimpleName().equals("FhirCases"))
			.filter((target) -> !READS.contains(target.getName()))
			.map((target) -> target.getOwner().getName() + "#" + target.getName())
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
