package org.targetboard.core.consent;

import java.time.LocalDate;

/**
 * A withdrawal of consent.
 *
 * @param date the date the patient or family withdrew
 * @param scope what the withdrawal covers
 */
public record Withdrawal(LocalDate date, WithdrawalScope scope) {
}
