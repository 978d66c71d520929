using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas.Handlers.Eis;

namespace Factumerit.Email.IntegrationTests.Personas.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TaskAndReminderStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Tasks_list_oldest_first_per_user_and_done_ones_leave_the_list()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var tasks = rig.Get<ITaskList>();

        await tasks.AddAsync("user-1", "buy milk", "<m1@x>");
        rig.Clock.Advance(TimeSpan.FromMinutes(1));
        await tasks.AddAsync("user-1", "call Ana", "<m2@x>");
        rig.Clock.Advance(TimeSpan.FromMinutes(1));
        await tasks.AddAsync("user-1", "file taxes", "<m3@x>");
        await tasks.AddAsync("user-2", "someone else's", "<m4@x>");

        var open = await tasks.ListOpenAsync("user-1");
        Assert.Equal(["buy milk", "call Ana", "file taxes"], open.Select(t => t.Title));

        Assert.True(await tasks.CompleteAsync("user-1", open[1]));
        Assert.False(await tasks.CompleteAsync("user-1", open[1]));
        Assert.Equal(["buy milk", "file taxes"], (await tasks.ListOpenAsync("user-1")).Select(t => t.Title));
        Assert.Equal(["someone else's"], (await tasks.ListOpenAsync("user-2")).Select(t => t.Title));
    }

    [Fact]
    public async Task The_same_message_adds_its_task_once()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var tasks = rig.Get<ITaskList>();

        var first = await tasks.AddAsync("user-1", "buy milk", "<same@x>");
        rig.Clock.Advance(TimeSpan.FromSeconds(5));
        var again = await tasks.AddAsync("user-1", "buy milk", "<same@x>");

        Assert.Equal(first.Id, again.Id);
        Assert.Single(await tasks.ListOpenAsync("user-1"));
    }

    [Fact]
    public async Task Upcoming_reminders_are_unsent_future_ones_soonest_first()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var log = rig.Get<IReminderLog>();
        var now = rig.Clock.GetUtcNow();

        await log.AddAsync(new ReminderEntry("user-1", "s-late", now.AddDays(2), "later"));
        await log.AddAsync(new ReminderEntry("user-1", "s-soon", now.AddHours(1), "soon"));
        await log.AddAsync(new ReminderEntry("user-1", "s-past", now.AddHours(-1), "past"));
        await log.AddAsync(new ReminderEntry("user-1", "s-sent", now.AddHours(3), "sent"));
        await log.AddAsync(new ReminderEntry("user-1", "s-soon", now.AddHours(9), "duplicate ignored"));
        await log.MarkSentAsync("user-1", "s-sent", now);

        var upcoming = await log.ListUpcomingAsync("user-1", now, 10);

        Assert.Equal(["soon", "later"], upcoming.Select(r => r.Text));
        Assert.Equal(["soon"], (await log.ListUpcomingAsync("user-1", now, 1)).Select(r => r.Text));
        Assert.Empty(await log.ListUpcomingAsync("user-2", now, 10));
    }
}
