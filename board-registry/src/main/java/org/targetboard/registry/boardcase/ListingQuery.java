package org.targetboard.registry.boardcase;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * A query of the case lists, which only read: its cases are loaded read-only and it does
 * not flush first, so a page of cases is not dirty-checked before each of the list's
 * queries and again at commit (a fifth of the case list's time, docs/benchmarks.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@QueryHints({ @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"),
		@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT") })
@interface ListingQuery {

}
