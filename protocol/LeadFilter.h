#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace leadscope::protocol {

// Which companies a list, a saved segment, an export or a rule is about: the
// one filter language of Leadscope, shared by the desktop client (which runs
// it as SQL over its cache, core::LeadsQuery) and the server (which runs
// LeadMatcher over its store). JSON form and meaning: docs/FILTERS.md.
//
// Every condition that is set must hold; an empty filter is every company
// with at least one visit.
struct LeadFilter
{
    // The JSON form's version ("v"). A filter of a newer version is refused
    // by name, never half-understood. Version 2 added "visit" and "on_list",
    // version 3 "visit.confidence"; a filter is written as the lowest version
    // that holds it, which older desktops still read.
    static constexpr int kVersion = 3;

    // What one visit did ("visit" in JSON). In a list: the company has a
    // visit for which all of these hold. In a rule: the visit being recorded.
    struct VisitConditions
    {
        QString page;                // a page of the visit matches this pattern (* = any characters)
        int minPages = 0;            // the visit has at least N page views
        int minMinutes = 0;          // from its first to its latest page view, at least N minutes
        QString source;              // came via this referrer class
        QString campaign;            // with this UTM campaign
        bool first = false;          // the company's first visit
        int returningWithinDays = 0; // an earlier visit started at most N days before this one
        // The visit's company was matched with at least this confidence: "low", "medium" or "high"
        // (docs/MATCHING.md). A rule without it acts only on medium and high.
        QString confidence;

        bool operator==(const VisitConditions&) const = default;
        bool isEmpty() const { return *this == VisitConditions{}; }
    };

    qint64 lastVisitFrom = 0; // ms since the epoch; 0 = no bound
    qint64 lastVisitTo = 0;
    int lastVisitWithinDays = 0; // the last visit on one of the last N local days, today included; 0 = no bound
    QString website;             // visited this site (host), exact
    QString city;                // exact
    QString country;             // ISO 3166 alpha-2, exact
    QString industry;            // SBI label, exact
    QString sbiPrefix;           // the SBI code starts with these digits ("62": 6201, 6202 …)
    QString sizeBand;            // employee band, exact
    int minVisits = 0;
    QString visitedPage; // a page path containing this (case-insensitive for A–Z)
    QString source;      // came at least once via this referrer class (search, social, …)
    QString campaign;    // …or this UTM campaign
    QString search;      // each word a prefix of a word of the name, trade name, city or website
    QString status;      // annotation status ("new" when the company has none)
    QString tag;
    QString assignee;        // a user id
    bool unseenOnly = false; // visited since this user last looked (the desktop's own state)
    QStringList ids;         // only these companies (a selection); empty = no bound
    QString onList;          // on this target-account list (its id)
    VisitConditions visit;

    bool operator==(const LeadFilter&) const = default;
    bool isEmpty() const { return *this == LeadFilter{}; }

    // The JSON form: only the conditions that are set, and "v".
    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    // Strict: a wrong type, a value out of range, an unknown field or a newer
    // version is refused with a message that names the field.
    static std::optional<LeadFilter> parse(const QJsonObject& json, QString* error);
    // Lenient, for filters this desktop saved itself: what is not understood
    // is left out rather than losing the whole segment.
    static LeadFilter fromJson(const QByteArray& json);

    // Whether a rule can use this filter: a rule looks at one visit as it is
    // recorded, so conditions over a company's whole history (last visit,
    // number of visits, a page or source of any visit, "unseen") are refused
    // by name, pointing at the visit's own condition where there is one.
    bool fitsARule(QString* error) const;
    // The filter as a rule runs it: without a confidence, medium and high matches only (docs/MATCHING.md).
    LeadFilter asRule() const;
    // The pattern of VisitConditions::page as a match on a whole path: "*" is
    // any run of characters, A–Z compare without case (as SQLite's LIKE).
    static bool pathMatches(const QString& pattern, const QString& path);
    // The same pattern for SQLite's LIKE … ESCAPE '\'.
    static QString likePattern(const QString& pattern);
    // "low" 1, "medium" 2, "high" 3; anything else 0 (not known).
    static int confidenceLevel(const QString& name);
    static QString confidenceName(int level);
};

} // namespace leadscope::protocol
