using System.CommandLine;
using System.Text.Json;
using DefectionWatch.Consolidation;
using DefectionWatch.Consolidation.Estimates;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch estimates</c>: estimate series per (measure, group, area) with ranges, claimants and contradictions.</summary>
internal static class EstimatesCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var measure = new Option<string?>("--measure") { Description = "killed, strength, foreign_fighters, origin_countries, defectors, displaced, members_executed, other", HelpName = "M" };
        var group = new Option<string?>("--group") { Description = "Armed group (canonical name)", HelpName = "G" };
        var contradictions = new Option<bool>("--contradictions") { Description = "Only series with contradictory claims" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("estimates", "Estimate series per measure, group and area over time, with claimants and contradictory claims flagged")
            { db, measure, group, contradictions, format };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var series = await ConsolidationCli.EstimatesAsync(store, ct).ConfigureAwait(false);
            var m = parse.GetValue(measure)?.Trim();
            if (!string.IsNullOrEmpty(m) && !Enum.GetValues<Measure>().Any(x => string.Equals(Describe.Measure(x), m, StringComparison.OrdinalIgnoreCase)))
                throw new UserException($"--measure: '{m}' is not a measure");
            var g = TextNormalizer.NormalizeName(parse.GetValue(group));
            var list = series
                .Where(s => string.IsNullOrEmpty(m) || string.Equals(Describe.Measure(s.Measure), m, StringComparison.OrdinalIgnoreCase))
                .Where(s => g.Length == 0 || string.Equals(TextNormalizer.NormalizeName(s.Group), g, StringComparison.Ordinal))
                .Where(s => !parse.GetValue(contradictions) || !s.Contradictions.IsDefaultOrEmpty)
                .ToList();
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(list.Select(s => new
                {
                    id = s.Id,
                    measure = Describe.Measure(s.Measure),
                    group = s.Group,
                    area = s.Area,
                    population = s.Population,
                    low = s.Low,
                    high = s.High,
                    claimants = s.Claimants,
                    points = s.Points.Select(p => new { doc = p.Mention.Key.DocumentId, index = p.Mention.Key.Index, date = p.Date, count = p.Count, claimant = p.Claimant }),
                    contradictions = s.Contradictions.Select(c => new { first = c.First.Mention.Key.ToString(), second = c.Second.Mention.Key.ToString(), reason = c.Reason }),
                }), RecordJson.Options));
                return 0;
            }
            if (list.Count == 0)
            {
                Console.WriteLine("no estimates");
                return 0;
            }
            foreach (var s in list) Print(s);
            Console.WriteLine(FormattableString.Invariant($"{list.Count} series, {list.Sum(s => s.Points.Length)} claims, {list.Sum(s => s.Contradictions.Length)} contradictions"));
            return 0;
        }));
        return command;
    }

    private static void Print(EstimateSeries s)
    {
        var area = s.Area.IsDefaultOrEmpty ? "" : " [" + string.Join(",", s.Area) + "]";
        var pop = s.Population is null ? "" : " (" + s.Population + ")";
        var range = s.Low is null && s.High is null ? "" : FormattableString.Invariant($": {s.Low?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}-{s.High?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");
        Console.WriteLine($"{s.Id} {Describe.Measure(s.Measure)} {s.Group ?? "(no group)"}{area}{pop}{range}, {s.Claimants.Length} claimant(s)");
        foreach (var p in s.Points)
            Console.WriteLine($"  {Describe.Date(p.Date),-23} {Describe.Count(p.Count),-18} {p.Claimant} ({p.Mention.Key})");
        foreach (var c in s.Contradictions)
            Console.WriteLine($"  ! contradiction: {c.Reason}");
    }
}
