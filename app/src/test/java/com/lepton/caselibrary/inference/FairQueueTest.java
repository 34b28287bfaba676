package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoInput;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairQueueTest {

    private static PendingRequest request(String visitor) {
        return request(visitor, visitor);
    }

    private static PendingRequest request(String address, String session) {
        long now = System.nanoTime();
        return new PendingRequest(
                new Requester(address, session),
                new ModelInput.Demo(new DemoInput.Text(session)),
                now,
                now + TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void refusesAtOnceWhenFull() {
        FairQueue queue = new FairQueue(2);
        assertThat(queue.offer(request("a"))).isTrue();
        assertThat(queue.offer(request("a"))).isTrue();
        assertThat(queue.offer(request("b"))).isFalse();
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void servesVisitorsInTurnSoOneCannotStarveTheOthers() throws InterruptedException {
        FairQueue queue = new FairQueue(100);
        for (int i = 0; i < 10; i++) {
            queue.offer(request("heavy"));
        }
        queue.offer(request("light-1"));
        queue.offer(request("light-2"));
        List<PendingRequest> batch = queue.takeBatch(3, 0);
        assertThat(batch).extracting(r -> r.requester.session()).containsExactly("heavy", "light-1", "light-2");
    }

    @Test
    void gathersUpToTheBatchSizeAndWaitsOnlyTheQueueDelay() throws InterruptedException {
        FairQueue queue = new FairQueue(100);
        queue.offer(request("a"));
        long start = System.nanoTime();
        List<PendingRequest> batch = queue.takeBatch(8, TimeUnit.MILLISECONDS.toNanos(20));
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(batch).hasSize(1);
        assertThat(waitedMs).isGreaterThanOrEqualTo(19);

        for (int i = 0; i < 5; i++) {
            queue.offer(request("b"));
        }
        assertThat(queue.takeBatch(4, TimeUnit.SECONDS.toNanos(5))).hasSize(4);
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void aWaitingWorkerPicksUpALateArrivalIntoItsBatch() throws Exception {
        FairQueue queue = new FairQueue(100);
        queue.offer(request("a"));
        CompletableFuture<List<PendingRequest>> taking = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.takeBatch(2, TimeUnit.SECONDS.toNanos(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        queue.offer(request("b"));
        assertThat(taking.get(5, TimeUnit.SECONDS))
                .extracting(r -> r.requester.session())
                .containsExactly("a", "b");
    }

    @Test
    void addressesTakeTurnsFirstSoManySessionsFromOneAddressCannotCrowdOutAnother() throws InterruptedException {
        FairQueue queue = new FairQueue(100);
        for (int session = 0; session < 6; session++) {
            queue.offer(request("office", "office-" + session));
        }
        queue.offer(request("home", "home-1"));
        queue.offer(request("home", "home-2"));
        List<PendingRequest> batch = queue.takeBatch(4, 0);
        assertThat(batch)
                .extracting(r -> r.requester.session())
                .containsExactly("office-0", "home-1", "office-1", "home-2");
    }

    @Test
    void closingRefusesNewRequestsDrainsTheRestThenReturnsEmpty() throws InterruptedException {
        FairQueue queue = new FairQueue(10);
        queue.offer(request("a"));
        queue.close();
        assertThat(queue.offer(request("b"))).isFalse();
        assertThat(queue.takeBatch(4, 0)).hasSize(1);
        assertThat(queue.takeBatch(4, 0)).isEmpty();
    }
}
