using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;

/// <summary>A mailbox's labels by id and by name; system labels are named by their ids (INBOX, DRAFT).</summary>
internal sealed class LabelMap
{
    private readonly Dictionary<string, string> _idsByName = new(StringComparer.OrdinalIgnoreCase);

    public LabelMap(IEnumerable<Label> labels)
    {
        var namesById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (label is { Id: { } id, Name: { } name })
            {
                namesById[id] = label.Type == "system" ? id : name;
                _idsByName.TryAdd(name, id);
            }
        }
        NamesById = namesById;
    }

    public IReadOnlyDictionary<string, string> NamesById { get; }

    /// <summary>The id of the label called <paramref name="name"/>, or null when the mailbox has none.</summary>
    public string? IdOf(string name) => _idsByName.GetValueOrDefault(name);
}
