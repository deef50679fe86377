package org.targetboard.registry.mail;

/**
 * A mail claimed for delivery.
 *
 * @param id the outbox row
 * @param recipient the address
 * @param subject the subject
 * @param body the plain-text body: pseudonyms and links, never clinical data
 * @param attempts how often it has been tried, this attempt included
 */
public record OutgoingMail(long id, String recipient, String subject, String body, int attempts) {

}
