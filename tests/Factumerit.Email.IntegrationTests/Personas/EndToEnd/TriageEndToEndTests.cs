using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Personas.EndToEnd;

[Collection(AzuriteCollection.Name)]
public sealed class TriageEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Triage_forwards_to_the_team_with_the_labels_in_the_subject_and_never_replies()
    {
        await using var world = await PersonaWorld.StartAsync(azurite);
        world.Llm.Responder = PersonaLlm.Answer;

        await world.Driver.HandleAsync(new FakeReceivedEmail
        {
            From = "Carol <carol@example.test>",
            To = ["triage@factumerit.test"],
            Subject = "App crashes on export",
            Text = "Every export crashes the app since this morning.",
        });

        var forward = Assert.Single(world.Resend.SentEmails);
        Assert.Equal(["admin@factumerit.test"], forward.To);
        Assert.Equal("[bug,urgent] App crashes on export", forward.Subject);
        Assert.Equal(["carol@example.test"], forward.ReplyTo);
        Assert.StartsWith("Triage: bug, urgent; priority high.", forward.Text, StringComparison.Ordinal);
        Assert.Empty(world.SentTo("carol@example.test"));
        var request = Assert.Single(world.Llm.Requests);
        Assert.Equal(("json_object", 0d), (request.ResponseFormat, request.Temperature));
    }
}
