package org.targetboard.web.history;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import did, or would do in a dry run: per source record, whether it becomes a
 * case, was imported before (and is left as it is), or is refused, with each refusal tied
 * to Target Board's field and the source column it came from. Nothing is saved unless
 * every record can be.
 *
 * @param dryRun whether this was a check only
 * @param committed whether the records were saved (never in a dry run, never when one is
 * refused)
 * @param source the source named by the mapping
 * @param records the records of the file, in file order
 */
public record ImportReport(boolean dryRun, boolean committed, String source, List<RecordResult> records) {

	public ImportReport {
		records = List.copyOf(records);
	}

	/** How many records become (or became) cases. */
	public long created() {
		return count(Outcome.CREATED);
	}

	/** How many records were imported before and are left as they are. */
	public long unchanged() {
		return count(Outcome.UNCHANGED);
	}

	/** How many records are refused. */
	public long refused() {
		return count(Outcome.REFUSED);
	}

	private long count(Outcome outcome) {
		return this.records.stream().filter((record) -> record.outcome() == outcome).count();
	}

	/** What happens to a record. */
	public enum Outcome {

		/** It becomes a case with its advice and follow-up. */
		CREATED,
		/** An earlier import made it a case; it is left as it is. */
		UNCHANGED,
		/** It breaks a rule; nothing of the file is saved. */
		REFUSED

	}

	/**
	 * One source record.
	 *
	 * @param recordId the source's record id
	 * @param line the line of its main row in the file (the header is line 1)
	 * @param outcome what happens to it
	 * @param pseudonym the case's pseudonym, once saved (also of an earlier import)
	 * @param advisedOn the date of the advice as the board gave it
	 * @param followUps how many follow-up reports it brings
	 * @param problems why it is refused
	 */
	public record RecordResult(String recordId, int line, Outcome outcome, @Nullable String pseudonym,
			@Nullable String advisedOn, int followUps, List<Problem> problems) {

		public RecordResult {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * A refusal.
	 *
	 * @param step where in the record it arose: case, consent, meeting, advice, follow-up
	 * n
	 * @param field Target Board's field
	 * @param column the source column the field came from, when known
	 * @param line the file line of the row it came from
	 * @param code the rule's code (the message bundles' {@code intake.problem.<code>})
	 * @param arguments the rule's figures, such as a limit
	 * @param message the rule in English, never the value
	 */
	public record Problem(String step, String field, @Nullable String column, int line, String code,
			List<String> arguments, String message) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

}
