using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Tests.Assistant;

public sealed class MailboxModelTests
{
    [Theory]
    [InlineData("1//0gFakeRefreshTokenValue")]
    [InlineData("{\"type\":\"service_account\"}")]
    [InlineData("GOCSPX secret with spaces")]
    [InlineData("")]
    public void A_secret_pasted_where_a_setting_name_belongs_is_refused(string value)
    {
        var credential = MailboxCredentialRef.ForRefreshToken(value);

        var error = Assert.Throws<ArgumentException>(credential.Validate);

        Assert.DoesNotContain(value.Length > 8 ? value : "\u0000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_names_in_environment_style_map_to_configuration_keys()
    {
        MailboxCredentialRef.ForRefreshToken("Mailboxes__alice__RefreshToken").Validate();
        MailboxCredentialRef.ForServiceAccount().Validate();
        Assert.Equal("Gmail:ClientSecret", SettingName.ToConfigurationKey("Gmail__ClientSecret"));
    }

    [Fact]
    public void Style_names_come_from_the_styles_file_when_it_exists()
    {
        var path = Path.Combine(Path.GetTempPath(), $"styles-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "communication_styles:\n  formal:\n    sign_off: Regards\n  Friendly:\n    sign_off: Cheers\n");
        try
        {
            Assert.Equal(["formal", "friendly"], StyleCatalog.Load(path).Names);
            Assert.Equal(StyleCatalog.DefaultNames, StyleCatalog.Load(path + ".missing").Names);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_thread_label_change_adds_the_category_and_removes_only_other_categories_present()
    {
        var box = new Mailbox
        {
            Address = "me@example.com",
            Credential = MailboxCredentialRef.ForServiceAccount(),
            LabelIds = AssistantLabels.All.ToDictionary(n => n, n => "id:" + n),
        };
        var thread = new GmailThreadSnapshot("t1",
        [
            Message("m1", ["INBOX", "id:" + AssistantLabels.ActionRequired, "id:" + AssistantLabels.Outbox]),
            Message("m2", ["INBOX"]),
        ]);

        var (add, remove) = ThreadLabels.For(box, thread, Categories.Fyi);

        Assert.Equal(["id:" + AssistantLabels.Fyi], add);
        Assert.Equal(["id:" + AssistantLabels.ActionRequired], remove);
        var (sameAdd, sameRemove) = ThreadLabels.For(box, thread, Categories.ActionRequired);
        Assert.Empty(sameAdd);
        Assert.Empty(sameRemove);
    }

    [Fact]
    public void The_classifier_input_counts_sent_messages_and_knows_when_the_user_wrote_last()
    {
        var thread = new GmailThreadSnapshot("t1", [Message("m1", ["INBOX"]), Message("m2", ["SENT"]), Message("d1", ["DRAFT"])]);

        var input = ThreadInput.For(thread, thread.Messages[0]);

        Assert.Equal((2, true), (input.MessagesInThread, input.UserSentLast));
    }

    private static GmailThreadMessage Message(string id, IReadOnlyList<string> labels) =>
        new(id, labels, [KeyValuePair.Create("From", "a@b.example"), KeyValuePair.Create("Subject", "s")], "body", null, null);
}
