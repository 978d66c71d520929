using System.Globalization;

namespace Factumerit.Email.Functions.Hosting.Cron;

/// <summary>One NCRONTAB field as a bit set of the values it allows.</summary>
internal sealed class CronField
{
    private readonly ulong _bits;

    private CronField(ulong bits) => _bits = bits;

    public bool Contains(int value) => (_bits & (1UL << value)) != 0;

    public IEnumerable<int> Values => Enumerable.Range(0, 64).Where(Contains);

    public static CronField Parse(string text, CronFieldKind kind)
    {
        ulong bits = 0;
        foreach (var item in text.Split(','))
        {
            bits |= ParseItem(item, text, kind);
        }
        return new CronField(bits);
    }

    private static ulong ParseItem(string item, string field, CronFieldKind kind)
    {
        if (item.Length == 0)
        {
            throw kind.Error(field, "has an empty list item");
        }

        var step = 1;
        var slash = item.IndexOf('/');
        var range = slash < 0 ? item : item[..slash];
        if (slash >= 0 && (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step)
            || step < 1 || step > kind.Max - kind.Min + 1))
        {
            throw kind.Error(field, $"has an invalid step in '{item}'");
        }

        int from, to;
        if (range == "*")
        {
            (from, to) = (kind.Min, kind.Max);
        }
        else if (range.IndexOf('-') is var dash and > 0)
        {
            from = kind.Value(range[..dash], field);
            to = kind.Value(range[(dash + 1)..], field);
            if (from > to)
            {
                throw kind.Error(field, $"has a descending range '{range}'");
            }
        }
        else
        {
            from = kind.Value(range, field);
            // "5/15" means "from 5 to the end, every 15", as NCrontab reads it.
            to = slash >= 0 ? kind.Max : from;
        }

        ulong bits = 0;
        for (var v = from; v <= to; v += step)
        {
            bits |= 1UL << v;
        }
        return bits;
    }
}
