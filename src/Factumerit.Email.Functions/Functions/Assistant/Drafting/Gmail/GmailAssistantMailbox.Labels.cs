using Factumerit.Email.Drafting.Mail;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;

internal sealed partial class GmailAssistantMailbox
{
    private LabelMap? _labels;

    public async Task RelabelAsync(MailThread thread, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        var target = thread.Delivered.LastOrDefault() ?? thread.Messages[^1];
        var removing = thread.Messages.Where(m => remove.Any(m.HasLabel)).ToList();
        var adding = add.Where(l => !target.HasLabel(l)).ToList();
        var touched = removing.Select(m => m.Id).Union(adding.Count > 0 ? [target.Id] : []).ToList();
        if (touched.Count == 0)
        {
            return;
        }

        var labels = await LabelsAsync(cancellationToken).ConfigureAwait(false);
        var removeIds = remove.Select(labels.IdOf).OfType<string>().ToList();
        var addIds = new List<string>();
        foreach (var name in adding)
        {
            addIds.Add(labels.IdOf(name) ?? await CreateLabelAsync(name, cancellationToken).ConfigureAwait(false));
        }

        // One messages.modify costs 5 units, one threads.modify 10: change single messages only when one is touched.
        if (touched.Count == 1)
        {
            var only = touched[0];
            await client.ModifyMessageAsync(only, only == target.Id ? addIds : null, removeIds, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await client.ModifyThreadAsync(thread.Id, addIds, removeIds, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<LabelMap> LabelsAsync(CancellationToken cancellationToken) =>
        _labels ??= new LabelMap(await client.ListLabelsAsync(cancellationToken).ConfigureAwait(false));

    private async Task<string> CreateLabelAsync(string name, CancellationToken cancellationToken)
    {
        var label = await client.GetOrCreateLabelAsync(name, cancellationToken).ConfigureAwait(false);
        _labels = null;
        return label.Id ?? throw new InvalidOperationException($"Gmail returned label '{name}' without an id.");
    }
}
