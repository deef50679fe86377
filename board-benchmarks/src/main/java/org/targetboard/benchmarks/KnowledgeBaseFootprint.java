package org.targetboard.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

/**
 * Measures the heap a loaded knowledge base keeps alive: used heap after a full GC,
 * before and after loading ten copies, divided by ten. Run:
 * {@code java -cp board-benchmarks/target/benchmarks.jar org.targetboard.benchmarks.KnowledgeBaseFootprint}.
 */
public final class KnowledgeBaseFootprint {

	private static final int COPIES = 10;

	private KnowledgeBaseFootprint() {
	}

	public static void main(String[] args) throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		// Load once first so that class metadata and the YAML parser do not count.
		KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES);
		long before = usedAfterGc(memory);
		KnowledgeBase[] copies = new KnowledgeBase[COPIES];
		for (int i = 0; i < COPIES; i++) {
			copies[i] = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES);
		}
		long after = usedAfterGc(memory);
		System.out.printf("Retained heap per loaded knowledge base %s: %.2f MB (%d copies)%n", copies[0].version(),
				(after - before) / (double) COPIES / (1024 * 1024), copies.length);
	}

	private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
