/**
 * Referral reports to platforms (EU DSA Art. 16 notices), takedown tracking and evidence exports for prosecutors.
 *
 * <p>To use, assemble the parts over an open Tidewatch and build packages from a query, a case or ticked post ids:
 * <pre>{@code
 * Referrals r = Referrals.over(tw, Clock.systemUTC());
 * List<ReferralPackage> pkgs = r.refer(tw, ReferralSelection.ofCase(12),   // or ofQuery(q), ofPosts(ids)
 *         "telegram", "liaison1", false, null, null);   // saved (one per platform) and audited; texts and notifier
 *                                                       // from the referral: config section
 * PackageWriter.forFormat("pdf").write(pkgs.getFirst(), out);                   // or csv, json
 * r.tracker().checkAll();                         // online / removed (RemovalRule per platform) / error
 * r.evidenceExport().export(pkgs.getFirst(), null, zipOut);                     // WARC records + manifest + README
 * }</pre>
 * {@link org.tidewatch.app.referral.HumanitarianGuard} holds back rescue hotlines, NGO/UN safety information, news,
 * people asking for help and non-offers; posts already referred to a platform are left out unless re-referred.
 * Every package lists what it held back and why. The {@code referral:} section ({@link
 * org.tidewatch.app.referral.ReferralSettings}) holds the legal basis, DSA texts, default notifier and re-check
 * interval, and the soft-404 markers ({@link org.tidewatch.app.referral.RemovalMarkers}): a 200 page that no longer
 * shows a post counts as removed where a platform's {@link org.tidewatch.app.referral.RemovalRule} recognises it.
 * The PDF shapes Arabic-script text itself ({@link org.tidewatch.app.referral.ShapedPdfText}). CLI: {@code tidewatch
 * report}; HTTP: {@link org.tidewatch.app.referral.ReferralApi} (role {@code liaison}); workbench pages:
 * {@code org.tidewatch.app.web.ReportPages}.
 */
package org.tidewatch.app.referral;
