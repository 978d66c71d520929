using Factumerit.Email.Assistant;
using Factumerit.Email.Triage;

namespace Factumerit.Email.IntegrationTests.Triage.Inbox;

/// <summary>
/// The sender population and the mix of a 200-email inbox: what a busy professional's Gmail holds on a working
/// week. Platforms use their real domains (the pattern matcher knows them); people and small firms use .example.
/// </summary>
internal static class InboxCatalog
{
    /// <summary>The mailbox owner's boss and one key client's domain.</summary>
    public static readonly IReadOnlyList<string> VipSenders = ["maria.keller@example.test", "northwind-partners.example"];

    public static readonly IReadOnlyList<InboxKind> Kinds =
    [
        new("2FA code", 8, TriageFolders.Inbox, Categories.Fyi, MailStyle.Robot,
            [new("Slack", "no-reply@slack.com"), new("PayPal", "service@paypal.com"), new("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
             new("Northbank", "security@northbank.example")],
            ["Your verification code is {code}", "{code} is your sign-in code", "Security code for your account: {code}"],
            ["Your verification code is {code}. It expires in 10 minutes. If you did not request it, ignore this email.",
             "Use the one-time code {code} to finish signing in. Never share this code."], Tag: "2fa"),
        new("Shipping notice", 14, TriageFolders.Inbox, Categories.Fyi, MailStyle.Robot,
            [new("Amazon.com", "shipment-tracking@amazon.com", 3), new("DHL Parcel", "noreply@dhl.example"), new("Zalando", "service@zalando.example"),
             new("UPS", "mcinfo@ups.com")],
            ["Your order #{n} has shipped", "Out for delivery: package {n}", "Your parcel {n} is on its way"],
            ["Good news: your package has shipped. Tracking number 1Z{n}. Estimated delivery: in {days} days.",
             "Your package with tracking number {n} is with the carrier. Expected delivery in {days} days."], Tag: "shipping"),
        new("Invoice or receipt", 18, TriageFolders.Invoices, Categories.Fyi, MailStyle.Robot,
            [new("Amazon.com", "auto-confirm@amazon.com", 3), new("Uber Receipts", "noreply@uber.com", 2), new("Hetzner Online", "billing@hetzner.example", 2),
             new("Apple", "no_reply@email.apple.com"), new("Spotify", "no-reply@spotify.com")],
            ["Your receipt #{n}", "Invoice {n} for your subscription", "Order confirmation {n}", "Payment received - invoice {n}"],
            ["Thanks for your purchase. Receipt {n}, total EUR {amount}, paid by card ending 4242.",
             "Invoice {n} is attached. Amount EUR {amount} was charged to your payment method. No action needed."], Tag: "invoice"),
        new("Travel booking", 8, TriageFolders.Travel, Categories.Fyi, MailStyle.Robot,
            [new("Booking.com", "noreply@booking.com", 2), new("Lufthansa", "online@booking-lufthansa.example"), new("Deutsche Bahn", "buchungsbestaetigung@bahn.example")],
            ["Your booking in {city} is confirmed ({n})", "Flight itinerary {n}: Berlin to {city}", "Reservation {n}: check-in details for {city}"],
            ["Booking {n} confirmed. Hotel in {city}, check-in from 15:00. Manage your reservation online.",
             "Your itinerary {n}: flight to {city}, boarding 45 minutes before departure."], Tag: "travel"),
        new("Account notice", 12, TriageFolders.Admin, Categories.Fyi, MailStyle.Robot,
            [new("Google", "no-reply@accounts.google.com", 2), new("Northbank", "service@northbank.example", 2), new("Dropbox", "no-reply@dropbox.com"),
             new("Vodafone", "kundenservice@vodafone.example")],
            ["We've updated our terms of service (ref {n})", "Your account settings were updated ({n})", "Your contract {n} renews next month",
             "Support ticket {n} has been resolved"],
            ["We are updating our terms of service and privacy policy effective next month. Reference {n}. No action is required.",
             "Your account was updated on {day}. Reference {n}. If this was you, there is nothing to do."], Tag: "admin"),
        new("Social notification", 18, TriageFolders.Social, Categories.Fyi, MailStyle.List,
            [new("LinkedIn", "notifications-noreply@linkedin.com", 3), new("X", "info@x.com", 2), new("Facebook", "notification@facebookmail.com"),
             new("Instagram", "no-reply@mail.instagram.com"), new("Reddit", "noreply@reddit.com")],
            ["{name} and {n} others liked your post", "You appeared in {n} searches this week", "{name} commented on your photo",
             "Trending in r/dotnet: {topic} ({n} comments)"],
            ["See what {name} and others are saying. {n} new notifications are waiting for you.",
             "{name} reacted to your update. Manage notification settings at any time."], Tag: "social"),
        new("Social DM", 6, TriageFolders.Inbox, Categories.NeedsResponse, MailStyle.Robot,
            [new("LinkedIn", "messages-noreply@linkedin.com", 2), new("X", "notify@x.com")],
            ["{name} sent you a message", "New message from {name} about {topic}"],
            ["{name} sent you a message: \"Hi, are you free for a quick call about {topic} this week?\" Reply on the site.",
             "You have a new direct message from {name}: \"Loved your talk on {topic}. Could we chat?\""], Tag: "social-dm"),
        new("Newsletter", 22, TriageFolders.Feed, Categories.Fyi, MailStyle.List,
            [new("Medium Daily Digest", "noreply@medium.com", 6), new("Morning Dispatch", "crew@morningdispatch.example", 2),
             new("The Pragmatic Weekly", "hello@pragmaticweekly.example", 2), new("Google Alerts", "googlealerts-noreply@google.com")],
            ["{topic}: {n} stories picked for you", "Weekly digest #{n}: {topic}", "Issue {n} - the state of {topic}"],
            ["This week's weekly digest on {topic}, with {n} readers. Read online. Unsubscribe from this newsletter at any time.",
             "Today's picks on {topic}. You are receiving this newsletter because you subscribed. Unsubscribe."], Tag: "newsletter"),
        new("Newsletter asking a question", 4, TriageFolders.Feed, Categories.Fyi, MailStyle.List,
            [new("Lenny from Product Notes", "lenny@productnotes.example"), new("Indie Hackers", "channing@indiehackers.example")],
            ["Quick poll: how do you handle {topic}? (#{n})", "What should I write about next? Issue {n}"],
            ["Hit reply and tell me how your team handles {topic}; I read every answer. Unsubscribe from this newsletter below."],
            Tag: "newsletter", Confidence: 0.75),
        new("Promotion", 22, TriageFolders.Promotions, Categories.Fyi, MailStyle.List,
            [new("OutdoorGear", "deals@outdoorgear.example", 6), new("Amazon.com", "store-news@amazon.com", 3), new("Zalando", "news@zalando.example", 3),
             new("Lidl", "newsletter@lidl.example", 2), new("JetBrains", "sales@jetbrains.example", 2), new("Booking.com", "deals@booking.com", 2),
             new("Spotify", "no-reply@spotify.com", 2), new("IKEA", "ikea@news.ikea.example", 2)],
            ["{days}0% off everything this weekend only (code {n})", "Limited time: {topic} sale ends Sunday ({n})", "Exclusive deal #{n} just for you"],
            ["Save {days}0% with code SAVE{n}. Limited time offer, while stocks last. Unsubscribe.",
             "Our biggest sale of the season: special offer on {topic}. Shop now. Unsubscribe here."], Tag: "promo"),
        new("Dev notification", 18, TriageFolders.Social, Categories.Fyi, MailStyle.List,
            [new("GitHub", "notifications@github.com", 8), new("CircleCI", "builds@circleci.com", 5), new("GitLab", "gitlab@gitlab.com", 3),
             new("Vercel", "notifications@vercel.com", 2)],
            ["[acme/{repo}] Build passed on main ({n})", "Re: [acme/{repo}] Fix flaky {topic} test (#{n})", "[acme/{repo}] Deployment {n} succeeded"],
            ["Build {n} passed for commit a1b2c3 on main. View the pipeline for details.",
             "{name} commented on pull request #{n}: looks good to me, one nit on {topic}."], Tag: "dev"),
        new("Dev review request", 4, TriageFolders.Inbox, Categories.ActionRequired, MailStyle.List,
            [new("GitHub", "notifications@github.com")],
            ["[acme/{repo}] {name} requested your review on #{n}", "[acme/{repo}] Build failed on main ({n})"],
            ["{name} requested your review on pull request #{n} ({topic}). The release is blocked until it is approved."], Tag: "dev"),
        new("Personal, needs reply", 16, TriageFolders.Inbox, Categories.NeedsResponse, MailStyle.Person,
            [new("Jonas Weber", "jonas.weber@example.test", 2), new("Priya Raman", "priya@raman.example", 2), new("Tom Becker", "tom.becker@mail.example"),
             new("Lena Fischer", "lena@fischer-design.example"), new("Sam Okafor", "sam.okafor@mail.example")],
            ["Can you review the {topic} draft?", "Question about {topic}", "{topic} - are you free on {day}?", "Re: {topic} next steps"],
            ["Hi, could you take a look at the {topic} notes before {day}? I'd like your opinion before we decide. Thanks, {name}",
             "Hey, quick question on {topic}: can you confirm by {day} whether we go ahead? Cheers"]),
        new("Personal, planning", 6, TriageFolders.Planning, Categories.Fyi, MailStyle.Person,
            [new("Jonas Weber", "jonas.weber@example.test"), new("Lena Fischer", "lena@fischer-design.example")],
            ["Idea for later: {topic}", "Some thoughts on {topic} (no rush)"],
            ["No rush at all, but when you have time I'd love your thoughts on {topic}. Sketch attached."]),
        new("VIP", 8, TriageFolders.Inbox, Categories.NeedsResponse, MailStyle.Person,
            [new("Maria Keller", "maria.keller@example.test", 2), new("Daniel Stone", "daniel@northwind-partners.example"),
             new("Ruth Adams", "ruth.adams@northwind-partners.example")],
            ["{topic} for the board", "Re: {topic} contract", "Need your input on {topic} by {day}"],
            ["Can you send me your view on {topic} by {day}? It goes to the board.", "Please check the {topic} numbers before our call on {day}."]),
        new("CC'd, FYI", 8, TriageFolders.Planning, Categories.Fyi, MailStyle.Person,
            [new("Jonas Weber", "jonas.weber@example.test"), new("Anna Roth", "anna.roth@example.test"), new("Priya Raman", "priya@raman.example")],
            ["FYI: {topic} meeting notes", "Summary of the {topic} sync", "{topic} status update"],
            ["Sharing the notes from today's {topic} sync for visibility. No action needed from most of you."], Cc: true),
        new("CC'd, needs action", 2, TriageFolders.Inbox, Categories.NeedsResponse, MailStyle.Person,
            [new("Anna Roth", "anna.roth@example.test")],
            ["{topic}: decision needed from you"],
            ["Looping you in: we need your sign-off on {topic} by {day}, otherwise we slip the release."], Cc: true),
        new("Ambiguous (unsure)", 4, TriageFolders.Admin, Categories.Fyi, MailStyle.Person,
            [new("Account Services", "accounts@secure-verify.example"), new("Chris", "chris@startup-hub.example")],
            ["Action about your account {n}", "Following up on {topic}"],
            ["We noticed something about your account {n}. Please see the details.", "Just following up on {topic} from last time."],
            Confidence: 0.55),
        new("Ambiguous (misfiled)", 2, TriageFolders.Inbox, Categories.NeedsResponse, MailStyle.Person,
            [new("Tom Becker", "tom.becker@mail.example")],
            ["50% off tickets for {topic} - want to come?"],
            ["There is a sale on tickets for {topic} on {day}. Want to come along? I'd buy two."],
            Answered: TriageFolders.Promotions, Confidence: 0.82),
    ];

    public static readonly IReadOnlyList<string> Names = ["Alex", "Mia", "Noah", "Sofia", "Ben", "Emma", "Luca", "Hannah", "Omar", "Julia"];

    public static readonly IReadOnlyList<string> Topics =
        ["pricing", "hiring", "Q3 roadmap", "onboarding", "observability", "the offsite", "API design", "security audit", "the migration",
         "budget", "customer churn", "the launch"];

    public static readonly IReadOnlyList<string> Cities = ["Lisbon", "Vienna", "Copenhagen", "Milan", "Prague", "Dublin"];

    public static readonly IReadOnlyList<string> Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static readonly IReadOnlyList<string> Repos = ["api", "web", "infra", "mobile"];
}
