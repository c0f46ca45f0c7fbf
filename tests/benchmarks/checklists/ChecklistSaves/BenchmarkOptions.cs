using System.Globalization;

namespace ChecklistSaves;

internal sealed record BenchmarkOptions(string Mode, Dictionary<string, string> Values)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new BenchmarkOptions(args.Length > 0 ? args[0] : string.Empty, values);
    }

    public string Text(string name, string fallback = "") => Values.GetValueOrDefault(name, fallback);

    public int Number(string name, int fallback) =>
        Values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
