package com.lepton.caselibrary.demorequest;

import com.lepton.caselibrary.quota.QuotaBuckets;
import com.lepton.caselibrary.quota.QuotaBuckets.Allowance;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes visitors' demo requests (checked, then limited per client address with a token bucket, shared by the replicas, so
 * a flood from one address stores nothing) and lets consultants and administrators work them.
 */
@Service
public class DemoRequestService {

    private static final Logger log = LoggerFactory.getLogger(DemoRequestService.class);

    private final DemoRequestRepository requests;
    private final QuotaBuckets buckets;
    private final Allowance perAddress;
    private final ApplicationEventPublisher events;

    DemoRequestService(
            DemoRequestRepository requests,
            QuotaBuckets buckets,
            @Value("${lepton.demo-requests.per-address-per-hour:5}") int perAddressPerHour,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.buckets = buckets;
        this.events = events;
        this.perAddress = Allowance.perHour(Math.max(1, perAddressPerHour));
    }

    /**
     * Stores the request when the form is valid and the address has allowance left; else refuses with the
     * reason and stores nothing. A refused form costs no allowance.
     */
    @Transactional
    public DemoRequest submit(DemoRequestForm form, String clientAddress) {
        DemoRequestForm valid = form.validated();
        Optional<Duration> wait =
                buckets.tryTake(perAddress, "demo-request:" + (clientAddress == null ? "unknown" : clientAddress), 1);
        if (wait.isPresent()) {
            throw new DemoRequestException(
                    null, "request.error.toomany", wait.get().toMinutes() + 1);
        }
        DemoRequest saved = requests.save(new DemoRequest(valid));
        log.info("Demo request {} received from page {}", saved.getId(), saved.getPage());
        events.publishEvent(DemoRequested.of(saved));
        return saved;
    }

    /** The newest requests (at most 500), all or of one status. */
    @Transactional(readOnly = true)
    public List<DemoRequest> list(Optional<DemoRequest.Status> status) {
        return status.map(requests::findTop500ByStatusOrderByCreatedAtDesc)
                .orElseGet(requests::findTop500ByOrderByCreatedAtDesc);
    }

    /** Moves a request to another status, recording who did it; false when there is no such request. */
    @Transactional
    public boolean move(long id, DemoRequest.Status status, String by) {
        return requests.findById(id)
                .map(request -> {
                    request.moveTo(status, by);
                    return true;
                })
                .orElse(false);
    }
}
