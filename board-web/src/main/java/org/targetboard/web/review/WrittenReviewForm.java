package org.targetboard.web.review;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.targetboard.core.review.Stance;

/**
 * The chair's form that opens a review, and a member's position form.
 */
public class WrittenReviewForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate deadline;

	private @Nullable String question;

	private @Nullable Stance stance;

	private @Nullable String text;

	public @Nullable LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(@Nullable LocalDate deadline) {
		this.deadline = deadline;
	}

	public @Nullable String getQuestion() {
		return this.question;
	}

	public void setQuestion(@Nullable String question) {
		this.question = question;
	}

	public @Nullable Stance getStance() {
		return this.stance;
	}

	public void setStance(@Nullable Stance stance) {
		this.stance = stance;
	}

	public @Nullable String getText() {
		return this.text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

}
