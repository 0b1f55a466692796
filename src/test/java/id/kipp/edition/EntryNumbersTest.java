package id.kipp.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Entry numbers handed out at the same moment are consecutive and never twice the same. */
@SpringBootTest
@ActiveProfiles("test")
class EntryNumbersTest {

  @Autowired
  EntryNumbers numbers;

  @Test
  void concurrentRegistrationsGetConsecutiveDistinctNumbers() throws Exception {
    String edition = "NOMOR" + System.nanoTime() + "-2030";
    Set<Long> taken = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<? extends Future<?>> futures = IntStream.range(0, 200)
          .mapToObj(i -> pool.submit(() -> taken.add(numbers.next(edition, 0)))).toList();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(taken).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
  }

  @Test
  void editionOpenedBeforeTheTableContinuesAfterItsLastNumber() {
    String edition = "LAMA" + System.nanoTime() + "-2030";
    assertThat(numbers.next(edition, 41)).isEqualTo(42);
    assertThat(numbers.next(edition, 41)).isEqualTo(43);
  }
}
