package org.musicmuseum.loadtest.bench;

import java.util.List;
import org.musicmuseum.loadtest.http.Latencies;

/** Pairs the k-th acknowledgement with the first count sample that reaches k. */
final class FreshnessMath {

  /** The freshness of every acknowledged event that was seen counted. */
  record Result(int counted, Latencies latencies) {}

  private FreshnessMath() {}

  /**
   * @param acks the 201 times, ascending
   * @param times sample times, ascending
   * @param counts events counted at each sample (above the baseline), never decreasing
   */
  static Result compute(List<Long> acks, long[] times, long[] counts) {
    Latencies latencies = new Latencies();
    int sample = 0;
    int counted = 0;
    for (int k = 1; k <= acks.size(); k++) {
      while (sample < counts.length && counts[sample] < k) {
        sample++;
      }
      if (sample == counts.length) {
        break;
      }
      latencies.add(Math.max(0, times[sample] - acks.get(k - 1)));
      counted++;
    }
    return new Result(counted, latencies);
  }
}
