package org.targetboard.web.meeting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was made from an immutable input, kept for the inputs used most recently: the
 * least recently used goes first once more are kept than the limit. A value is made
 * outside the lock, so two requests may make the same one at once; both are equal.
 *
 * @param <K> the input
 * @param <V> what is made of it
 */
final class RecentlyUsed<K, V> {

	private final Map<K, V> kept;

	RecentlyUsed(int limit) {
		this.kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > limit;
			}

		});
	}

	V get(K key, Function<K, V> make) {
		V value = this.kept.get(key);
		if (value == null) {
			value = make.apply(key);
			this.kept.put(key, value);
		}
		return value;
	}

}
