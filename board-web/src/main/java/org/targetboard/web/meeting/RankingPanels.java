package org.targetboard.web.meeting;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.prioritization.PrioritizationResult;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The presentation view's panels that show only a stored ranking (its actionable events,
 * its trials with their criteria, the evidence legend and the sources), rendered once per
 * ranking and language. A stored ranking never changes, and during a meeting every member
 * opens the same agenda cases: these panels were half of the view's rendering.
 */
@Component
class RankingPanels {

	/** How many rankings' panels are kept; the least recently shown go first. */
	static final int KEPT = 64;

	private final ITemplateEngine templates;

	private final RecentlyUsed<Key, Panels> rendered = new RecentlyUsed<>(KEPT);

	RankingPanels(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * A ranking's panels as HTML, escaped by the templates like any page.
	 *
	 * @param events the actionable events in rank order
	 * @param evidence the trials, the evidence legend and the sources
	 */
	record Panels(String events, String evidence) {
	}

	// Kept by the stored document itself, so that what is shown is always what is stored.
	private record Key(String resultJson, Locale locale) {
	}

	Panels of(RankingSnapshot snapshot, PrioritizationResult result, Locale locale) {
		return this.rendered.get(new Key(snapshot.resultJson(), locale), (key) -> {
			Context context = new Context(locale, Map.of("result", result));
			return new Panels(render("events", context), render("evidence", context));
		});
	}

	private String render(String fragment, Context context) {
		return this.templates.process("meetings/ranking-panels", Set.of(fragment), context);
	}

}
