package dev.huzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void offDrawsNothing() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(err), false, "reading", () -> 5,
        Duration.ZERO, Duration.ofMillis(5))) {
      Thread.sleep(50);
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void quickWorkDrawsNothing() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(err), true, "reading", () -> 5)) {
      // done well within the two seconds
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aLineIsRedrawnInPlaceAndEndedOnClose() throws InterruptedException {
    StringWriter err = new StringWriter();
    AtomicLong records = new AtomicLong();
    try (Progress p = Progress.start(new PrintWriter(err), true, "reading activities",
        records::get, Duration.ZERO, Duration.ofMillis(10))) {
      for (int i = 0; i < 5; i++) {
        records.addAndGet(1_000_000);
        Thread.sleep(30);
      }
    }
    String text = err.toString();
    assertThat(text).startsWith("\rreading activities: ").endsWith("\n")
        .contains("5,000,000 records in ", " a second").doesNotContain("\n\r");
    assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void withoutACountTheSecondsAreShown() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(err), true, "reading data.json", null,
        Duration.ZERO, Duration.ofMillis(10))) {
      Thread.sleep(30);
    }
    assertThat(err.toString()).startsWith("\rreading data.json… 0 s");
  }
}
