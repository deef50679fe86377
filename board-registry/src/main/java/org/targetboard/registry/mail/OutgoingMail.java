package org.targetboard.registry.mail;

/**
 * A mail waiting in the outbox.
 *
 * @param id the outbox row
 * @param recipient the address
 * @param subject the subject
 * @param body the plain-text body: pseudonyms and links, never clinical data
 */
public record OutgoingMail(long id, String recipient, String subject, String body) {

}
