using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.IntegrationTests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableTypeRoundTripTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_supported_type_round_trips_through_a_mapped_class()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        var sent = AllTypesEntity.Sample("p", "r");
        await table.AddEntityAsync(sent);

        var read = (await table.GetEntityAsync<AllTypesEntity>("p", "r")).Value;

        Assert.Equal(sent.Text, read.Text);
        Assert.Equal(sent.Flag, read.Flag);
        Assert.Equal(sent.Count, read.Count);
        Assert.Equal(sent.Big, read.Big);
        Assert.Equal(sent.Ratio, read.Ratio);
        Assert.Equal(sent.Whole, read.Whole);
        Assert.Equal(sent.When, read.When);
        Assert.Equal(sent.WhenUtc, read.WhenUtc);
        Assert.Equal(DateTimeKind.Utc, read.WhenUtc.Kind);
        Assert.Equal(sent.Id, read.Id);
        Assert.Equal(sent.Blob, read.Blob);
        Assert.Equal(sent.Mood, read.Mood);
        Assert.Null(read.MaybeCount);
        Assert.Equal(7L, read.MaybeBig);
        Assert.Null(read.MaybeId);
        Assert.Null(read.MaybeWhen);
        Assert.Equal(Mood.Calm, read.MaybeMood);
    }

    [Fact]
    public async Task Dictionary_entity_reads_back_each_value_with_its_wire_type()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(AllTypesEntity.Sample("p", "r"));

        var read = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.IsType<string>(read["Text"]);
        Assert.IsType<bool>(read["Flag"]);
        Assert.IsType<int>(read["Count"]);
        Assert.IsType<long>(read["Big"]);
        Assert.IsType<double>(read["Ratio"]);
        Assert.Equal(5.0, Assert.IsType<double>(read["Whole"]));
        Assert.IsType<DateTimeOffset>(read["When"]);
        Assert.IsType<Guid>(read["Id"]);
        Assert.IsType<byte[]>(read["Blob"]);
        Assert.Equal("Busy", read["Mood"]);
        Assert.False(read.ContainsKey("MaybeCount"));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.5)]
    [InlineData(1e300)]
    [InlineData(0.0)]
    public async Task Doubles_including_non_finite_values_round_trip(double value)
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["D"] = value });

        var read = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal(value, Assert.IsType<double>(read["D"]));
    }

    [Fact]
    public async Task Extreme_longs_dates_and_large_values_within_limits_round_trip()
    {
        var table = await TableTestContext.NewTableAsync(azurite);
        var text = new string('ü', EntityLimits.MaxStringChars);
        var blob = Enumerable.Range(0, EntityLimits.MaxBinaryBytes).Select(i => (byte)i).ToArray();
        var earliest = new DateTimeOffset(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("p", "r")
        {
            ["Min"] = long.MinValue, ["Max"] = long.MaxValue, ["Early"] = earliest, ["Text"] = text, ["Blob"] = blob,
        });

        var read = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal(long.MinValue, read.GetInt64("Min"));
        Assert.Equal(long.MaxValue, read.GetInt64("Max"));
        Assert.Equal(earliest, read.GetDateTimeOffset("Early"));
        Assert.Equal(text, read.GetString("Text"));
        Assert.Equal(blob, read.GetBinary("Blob"));
    }
}

internal static class EntityLimits
{
    public const int MaxStringChars = 32 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
}
