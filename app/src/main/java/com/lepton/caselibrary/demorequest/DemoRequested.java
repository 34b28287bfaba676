package com.lepton.caselibrary.demorequest;

/** A visitor's demo request was stored; published inside the storing transaction. */
public record DemoRequested(
        long id, String name, String organisation, String contact, String message, String page, String language) {

    static DemoRequested of(DemoRequest request) {
        return new DemoRequested(
                request.getId(),
                request.getName(),
                request.getOrganisation(),
                request.getContact(),
                request.getMessage(),
                request.getPage(),
                request.getLanguage());
    }
}
