using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch search QUERY</c>: full-text search over stored documents.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words that must all occur; \"quoted phrase\" for a phrase", Arity = ArgumentArity.OneOrMore };
        var db = DatasetCli.DbOption();
        var limit = new Option<int>("--limit") { Description = "Most hits shown", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over the stored documents (titles and texts)") { query, db, limit };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var q = string.Join(' ', parse.GetValue(query)!);
            var hits = await store.SearchAsync(q, Math.Max(1, parse.GetValue(limit)), ct).ConfigureAwait(false);
            if (hits.Count == 0)
            {
                Console.WriteLine("no matches");
                return 0;
            }
            foreach (var h in hits)
            {
                var date = h.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "----------";
                if (DatasetCli.Interactive)
                {
                    AnsiConsole.MarkupLine($"[bold]{Markup.Escape(h.Key)}[/]  {date}  {Markup.Escape(h.Title ?? "")}");
                    AnsiConsole.MarkupLine("  " + Markup.Escape(h.Snippet.ReplaceLineEndings(" ")));
                }
                else
                {
                    Console.WriteLine($"{h.Key}\t{date}\t{h.Title}");
                    Console.WriteLine("  " + h.Snippet.ReplaceLineEndings(" "));
                }
            }
            return 0;
        }));
        return command;
    }
}
