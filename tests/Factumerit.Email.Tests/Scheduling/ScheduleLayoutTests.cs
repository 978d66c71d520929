using Factumerit.Email.Storage.Scheduler;

namespace Factumerit.Email.Tests.Scheduling;

public sealed class ScheduleLayoutTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxHop = TimeSpan.FromDays(7) - TimeSpan.FromHours(1);

    [Theory]
    [InlineData(-60, 0)]
    [InlineData(0, 0)]
    [InlineData(90, 90)]
    [InlineData(30 * 24 * 3600, 7 * 24 * 3600 - 3600)]
    public void A_timer_waits_for_the_rest_of_the_delay_but_never_more_than_one_hop(int dueInSeconds, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), TimerQueue.HopDelay(Now.AddSeconds(dueInSeconds), Now, MaxHop));

    [Fact]
    public void A_dedupe_id_depends_on_subject_action_and_key_and_nothing_else()
    {
        var id = ScheduleKeys.DedupeId("thread-1", "snooze", "k");
        Assert.Equal(id, ScheduleKeys.DedupeId("thread-1", "snooze", "k"));
        Assert.Equal(3, new[] { ScheduleKeys.DedupeId("thread-2", "snooze", "k"), ScheduleKeys.DedupeId("thread-1", "remind", "k"),
            ScheduleKeys.DedupeId("thread-1", "snooze", "j") }.Distinct().Count(other => other != id));
        Assert.True(ScheduleKeys.IsScheduleId(id));
        Assert.True(ScheduleKeys.IsScheduleId(ScheduleKeys.NewId(Now)));
    }

    [Fact]
    public void A_subject_with_characters_keys_cannot_hold_maps_to_a_safe_partition_without_its_text()
    {
        var partition = ScheduleKeys.SubjectPartition("user@example.com/thread#1?x\\y");
        Assert.DoesNotContain(partition, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.DoesNotContain("example", partition);
        Assert.Equal(partition, ScheduleKeys.SubjectPartition("user@example.com/thread#1?x\\y"));
    }

    [Fact]
    public void Due_index_keys_sort_as_their_times_do_and_fall_in_the_bucket_of_their_day()
    {
        var early = ScheduleKeys.DueRowKey(Now.AddHours(-11), "f" + new string('0', 31));
        var late = ScheduleKeys.DueRowKey(Now.AddHours(11), "0" + new string('0', 31));
        Assert.True(string.CompareOrdinal(early, late) < 0);
        Assert.True(string.CompareOrdinal(late, ScheduleKeys.DueRowKeyBound(Now.AddHours(11).AddTicks(1))) < 0);
        Assert.Equal("due_20250301", ScheduleKeys.DuePartition(ScheduleKeys.Day(Now.AddHours(11))));
    }
}
