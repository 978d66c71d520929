namespace Factumerit.Email.Drafting.Mail;

/// <summary>A Gmail conversation, oldest message first; drafts in it are among its messages.</summary>
public sealed record MailThread(string Id, IReadOnlyList<MailMessage> Messages)
{
    /// <summary>The messages that were received or sent, without drafts.</summary>
    public IEnumerable<MailMessage> Delivered => Messages.Where(m => !m.IsDraft);

    /// <summary>The drafts still in Drafts; a trashed draft keeps its DRAFT label but is stale already.</summary>
    public IEnumerable<MailMessage> Drafts => Messages.Where(m => m.IsDraft && !m.HasLabel(SystemLabels.Trash));

    public int DeliveredCount => Delivered.Count();

    public bool AnyHasLabel(string label) => Messages.Any(m => m.HasLabel(label));

    public MailMessage? Find(string messageId) => Messages.FirstOrDefault(m => m.Id == messageId);

    /// <summary>
    /// The message a reply answers: the newest delivered message not written by <paramref name="owner"/>,
    /// else the newest delivered message.
    /// </summary>
    public MailMessage? ReplyTarget(string owner)
    {
        var delivered = Delivered.ToList();
        return delivered.LastOrDefault(m => !string.Equals(m.FromAddress, owner, StringComparison.OrdinalIgnoreCase))
            ?? delivered.LastOrDefault();
    }
}
