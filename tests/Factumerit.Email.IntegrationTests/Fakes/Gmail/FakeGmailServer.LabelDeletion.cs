namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    /// <summary>
    /// Deletes a user label the way another client does (labels.delete): the label is gone and no message carries
    /// it any more. Returns the deleted id, or null when there was no such label.
    /// </summary>
    public string? DeleteLabel(string user, string name) => Read(user, mailbox =>
    {
        var label = mailbox.Labels.FirstOrDefault(l => l.Type == "user" && l.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (label is null)
        {
            return null;
        }
        mailbox.Labels.Remove(label);
        foreach (var message in mailbox.Messages)
        {
            message.Labels.Remove(label.Id);
        }
        return label.Id;
    });
}
