using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Factumerit.Email.Benchmarks.Storage;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Micro;

/// <summary>A 10-property POCO to the insert body and a response body back to the POCO, as the client does it.</summary>
[MemoryDiagnoser]
public class EntitySerializationBenchmarks
{
    private BenchEntity _entity = null!;
    private byte[] _responseBody = null!;
    private byte[] _pageBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        _entity = BenchEntity.Create("support", "000042", 42);
        // A read response carries what was written plus the service's metadata.
        using var doc = JsonDocument.Parse(EntityWriter.Serialize(_entity));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("odata.metadata", "http://127.0.0.1:10002/devstoreaccount1/$metadata#bench/@Element");
            writer.WriteString("odata.etag", "W/\"datetime'2026-01-01T00%3A00%3A00.1234567Z'\"");
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }
            writer.WriteString("Timestamp", "2026-01-01T00:00:00.1234567Z");
            writer.WriteEndObject();
        }
        _responseBody = stream.ToArray();
        _pageBody = Page(_responseBody, 1000);
    }

    [Benchmark(Description = "POCO (10 properties) → JSON")]
    public byte[] Serialize() => EntityWriter.Serialize(_entity);

    [Benchmark(Description = "JSON → POCO (10 properties)")]
    public BenchEntity Deserialize()
    {
        using var doc = JsonDocument.Parse(_responseBody);
        var (values, etag) = EntityReader.Read(doc.RootElement);
        return EntityMapper.FromProperties<BenchEntity>(values, etag);
    }

    /// <summary>The client-side share of the paged-query scenario: one full page read into entities.</summary>
    [Benchmark(Description = "Query page JSON (1,000 entities) → POCOs")]
    public int DeserializePage()
    {
        using var doc = JsonDocument.Parse(_pageBody);
        var count = 0;
        foreach (var element in doc.RootElement.GetProperty("value").EnumerateArray())
        {
            var (values, etag) = EntityReader.Read(element);
            count += EntityMapper.FromProperties<BenchEntity>(values, etag).Attempts >= 0 ? 1 : 0;
        }
        return count;
    }

    private static byte[] Page(byte[] entity, int count)
    {
        using var one = JsonDocument.Parse(entity);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("odata.metadata", "http://127.0.0.1:10002/devstoreaccount1/$metadata#bench");
            writer.WriteStartArray("value");
            for (var i = 0; i < count; i++)
            {
                one.RootElement.WriteTo(writer);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }
}
