package org.targetboard.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.IntakeProblem;

class WrittenReviewTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static List<String> codes(List<IntakeProblem> problems) {
		return problems.stream().map((problem) -> problem.field() + ":" + problem.code()).toList();
	}

	@Test
	void opensWithADeadlineFromTodayToSixtyDaysAhead() {
		assertThat(WrittenReview.checkOpening(TODAY, null, TODAY)).isEmpty();
		assertThat(WrittenReview.checkOpening(TODAY.plusDays(60), "CAR-T or ponatinib?", TODAY)).isEmpty();
		assertThat(codes(WrittenReview.checkOpening(null, null, TODAY))).containsExactly("deadline:required");
		assertThat(codes(WrittenReview.checkOpening(TODAY.minusDays(1), null, TODAY)))
			.containsExactly("deadline:notPast");
		assertThat(codes(WrittenReview.checkOpening(TODAY.plusDays(61), "x".repeat(4001), TODAY)))
			.containsExactly("deadline:tooLate", "question:tooLong");
	}

	@Test
	void aProposedChangeSaysWhatChanges() {
		assertThat(WrittenReview.checkPosition(Stance.AGREE_WITH_ENGINE, null)).isEmpty();
		assertThat(codes(WrittenReview.checkPosition(Stance.PROPOSE_CHANGE, "  ")))
			.containsExactly("text:proposalRequired");
		assertThat(codes(WrittenReview.checkPosition(null, null))).containsExactly("stance:required");
		assertThat(WrittenReview.checkPosition(Stance.PROPOSE_CHANGE, "CAR-T first")).isEmpty();
	}

	@Test
	void eachMembersLatestPositionCountsAndLateOnesAreMarked() {
		Instant opened = Instant.parse("2026-12-07T09:00:00Z");
		ReviewPosition first = new ReviewPosition("member", Stance.PROPOSE_CHANGE, "CAR-T first", opened);
		ReviewPosition chair = new ReviewPosition("chair", Stance.AGREE_WITH_ENGINE, null,
				Instant.parse("2026-12-09T23:59:00Z"));
		ReviewPosition revised = new ReviewPosition("member", Stance.AGREE_WITH_ENGINE, "Convinced",
				Instant.parse("2026-12-10T00:01:00Z"));
		WrittenReview review = new WrittenReview(1, null, TODAY.plusDays(2), "chair", opened, null, null,
				List.of(first, chair, revised));

		assertThat(review.currentPositions()).containsExactly(revised, chair);
		assertThat(review.reviewers()).containsExactly("member", "chair");
		assertThat(review.isLate(chair)).isFalse();
		assertThat(review.isLate(revised)).isTrue();
		assertThat(review.isOpen()).isTrue();
	}

}
