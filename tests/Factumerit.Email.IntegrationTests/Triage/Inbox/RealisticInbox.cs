using System.Globalization;
using System.Text.RegularExpressions;

namespace Factumerit.Email.IntegrationTests.Triage.Inbox;

/// <summary>
/// A deterministic generator of realistic inbox batches from <see cref="InboxCatalog"/>. Every batch has the same
/// mix: each kind's count is split over its senders by weight, so a sender sends the same number of emails in
/// every batch; subjects, bodies and the order come from the seed. Subjects are unique across all batches of one
/// generator, so the scripted model can find an email from the prompt.
/// </summary>
internal sealed partial class RealisticInbox(int seed, string mailbox)
{
    private readonly Random _random = new(seed);
    private readonly HashSet<string> _subjects = new(StringComparer.Ordinal);

    public static int BatchSize => InboxCatalog.Kinds.Sum(k => k.Count);

    public IReadOnlyList<InboxEmail> NextBatch()
    {
        var batch = InboxCatalog.Kinds.SelectMany(kind => Allocate(kind).SelectMany(s => Enumerable.Range(0, s.Count).Select(_ => Write(kind, s.Sender))))
            .ToArray();
        _random.Shuffle(batch);
        return batch;
    }

    /// <summary>Largest-remainder split of the kind's count over its senders' weights.</summary>
    private static IEnumerable<(InboxSender Sender, int Count)> Allocate(InboxKind kind)
    {
        var total = kind.Senders.Sum(s => s.Weight);
        var shares = kind.Senders.Select(s => (Sender: s, Exact: (double)kind.Count * s.Weight / total)).ToList();
        var counts = shares.ToDictionary(s => s.Sender, s => (int)Math.Floor(s.Exact));
        foreach (var (sender, _) in shares.OrderByDescending(s => s.Exact - Math.Floor(s.Exact)).Take(kind.Count - counts.Values.Sum()))
        {
            counts[sender]++;
        }
        return kind.Senders.Select(s => (s, counts[s]));
    }

    private InboxEmail Write(InboxKind kind, InboxSender sender)
    {
        var days = _random.Next(1, 6);
        var subject = Fill(Pick(kind.Subjects), days);
        for (var tries = 1; !_subjects.Add(subject); tries++)
        {
            subject = tries < 1000 ? Fill(Pick(kind.Subjects), days)
                : throw new InvalidOperationException($"Kind '{kind.Name}' has too few subject variations for unique subjects.");
        }
        var others = $"Jonas Weber <jonas.weber@example.test>, Anna Roth <anna.roth@example.test>";
        var headers = Headers(kind.Style, sender);
        if (kind.Cc)
        {
            headers["Cc"] = mailbox;
        }
        var confidence = kind.Confidence ?? Math.Round(0.8 + 0.15 * _random.NextDouble(), 2);
        return new InboxEmail(kind, sender, kind.Cc ? others : mailbox, subject, Fill(Pick(kind.Bodies), days), headers, days, confidence);
    }

    private Dictionary<string, string> Headers(MailStyle style, InboxSender sender)
    {
        var id = _random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        return style switch
        {
            MailStyle.List => new(StringComparer.OrdinalIgnoreCase)
            {
                ["List-Id"] = $"{sender.Name} <updates.{sender.Domain}>",
                ["List-Unsubscribe"] = $"<mailto:unsubscribe-{id}@{sender.Domain}>, <https://{sender.Domain}/unsubscribe/{id}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                ["Precedence"] = "bulk",
            },
            MailStyle.Robot => new(StringComparer.OrdinalIgnoreCase)
            {
                ["Auto-Submitted"] = "auto-generated",
                ["Feedback-ID"] = $"{id}:transactional:{sender.Domain}",
            },
            _ => new(StringComparer.OrdinalIgnoreCase) { ["X-Mailer"] = "Apple Mail (2.3774)" },
        };
    }

    private string Fill(string template, int days) => Placeholder().Replace(template, m => m.Groups[1].Value switch
    {
        "n" => _random.Next(1_000, 99_999).ToString(CultureInfo.InvariantCulture),
        "code" => _random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
        "amount" => (_random.Next(500, 25_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture),
        "days" => days.ToString(CultureInfo.InvariantCulture),
        "name" => Pick(InboxCatalog.Names),
        "topic" => Pick(InboxCatalog.Topics),
        "city" => Pick(InboxCatalog.Cities),
        "day" => Pick(InboxCatalog.Days),
        "repo" => Pick(InboxCatalog.Repos),
        var other => throw new InvalidOperationException($"Unknown placeholder {{{other}}} in '{template}'."),
    });

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
