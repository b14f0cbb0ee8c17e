package io.github.medsecforms.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ActivityTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final Activity activity = new Activity(now::get);

    @Test
    void idle_time_runs_from_the_end_of_the_last_request_and_not_while_one_is_in_progress() {
        now.addAndGet(500);
        assertThat(activity.idleNanos()).isEqualTo(500);

        activity.begin();
        now.addAndGet(10_000);
        assertThat(activity.idleNanos()).as("a long request in progress").isZero();

        activity.end();
        now.addAndGet(70);
        assertThat(activity.idleNanos()).isEqualTo(70);
    }

    @Test
    void an_end_without_a_begin_never_makes_the_count_negative() {
        activity.end();
        activity.begin();
        now.addAndGet(100);

        assertThat(activity.idleNanos()).as("the request begun is still in progress").isZero();
    }
}
