package com.lepton.caselibrary.inference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import lombok.RequiredArgsConstructor;

/**
 * A bounded queue that serves requesters in turn, on two levels: client addresses take turns,
 * and within an address its sessions take turns. One visitor firing many requests, or one
 * address opening many sessions, cannot starve the others. Workers take batches: at least one
 * request, then more for up to the maximum queue delay.
 */
@RequiredArgsConstructor
final class FairQueue {

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    /** Per address: its sessions' lines, and the order in which those sessions take turns. */
    private final Map<String, Address> addresses = new HashMap<>();

    private final ArrayDeque<String> turns = new ArrayDeque<>();
    private int size;
    private boolean closed;

    /** Adds a request, or returns false at once when the queue is full or closed. */
    boolean offer(PendingRequest request) {
        lock.lock();
        try {
            if (closed || size >= capacity) {
                return false;
            }
            String address = request.requester.address();
            Address lines = addresses.get(address);
            if (lines == null) {
                lines = new Address();
                addresses.put(address, lines);
                turns.add(address);
            }
            lines.add(request);
            size++;
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for at least one request, then gathers up to {@code maxBatch} for at most
     * {@code maxDelayNanos}. Returns an empty list once the queue is closed and drained.
     */
    List<PendingRequest> takeBatch(int maxBatch, long maxDelayNanos) throws InterruptedException {
        return takeBatch(maxBatch, maxDelayNanos, () -> true);
    }

    /**
     * As {@link #takeBatch(int, long)}, but waits for more requests only while {@code worthWaiting}
     * says so: when another worker is idle, a lone request is better served at once.
     */
    List<PendingRequest> takeBatch(int maxBatch, long maxDelayNanos, BooleanSupplier worthWaiting)
            throws InterruptedException {
        List<PendingRequest> batch = new ArrayList<>(Math.min(maxBatch, 64));
        lock.lock();
        try {
            while (size == 0) {
                if (closed) {
                    return batch;
                }
                notEmpty.await();
            }
            long deadline = System.nanoTime() + maxDelayNanos;
            while (batch.size() < maxBatch) {
                if (size > 0) {
                    batch.add(pollNextTurn());
                    continue;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closed || !worthWaiting.getAsBoolean()) {
                    break;
                }
                notEmpty.awaitNanos(remaining);
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private PendingRequest pollNextTurn() {
        String address = turns.poll();
        Address lines = addresses.get(address);
        PendingRequest request = lines.poll();
        if (lines.isEmpty()) {
            addresses.remove(address);
        } else {
            turns.add(address);
        }
        size--;
        return request;
    }

    /** The sessions of one address, each with its own line, taking turns. */
    private static final class Address {

        private final Map<String, ArrayDeque<PendingRequest>> lines = new HashMap<>();
        private final ArrayDeque<String> turns = new ArrayDeque<>();

        void add(PendingRequest request) {
            String session = request.requester.session();
            ArrayDeque<PendingRequest> line = lines.get(session);
            if (line == null) {
                line = new ArrayDeque<>();
                lines.put(session, line);
                turns.add(session);
            }
            line.add(request);
        }

        PendingRequest poll() {
            String session = turns.poll();
            ArrayDeque<PendingRequest> line = lines.get(session);
            PendingRequest request = line.poll();
            if (line.isEmpty()) {
                lines.remove(session);
            } else {
                turns.add(session);
            }
            return request;
        }

        boolean isEmpty() {
            return turns.isEmpty();
        }
    }

    /** Requests waiting now. */
    int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Refuses new requests and wakes the workers so they drain what is left and stop. */
    void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at most {@code timeout}; used only by tests. */
    boolean awaitEmpty(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (size() > 0 && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        return size() == 0;
    }
}
