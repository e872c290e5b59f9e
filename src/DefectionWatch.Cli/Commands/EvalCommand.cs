using System.CommandLine;
using System.Text.Json;
using DefectionWatch.Core.Records;
using DefectionWatch.Evaluation;
using DefectionWatch.Extraction;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Cli.Commands;

/// <summary>
/// <c>defwatch eval --docs DOCS.jsonl --gold GOLD.jsonl [--errors N]</c>: extracts and scores with the rules of
/// shared/tools/score.py (same table, same summary line). <c>--pred</c> scores an existing prediction file instead.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var docs = new Option<string?>("--docs") { Description = "documents to extract (JSONL corpus)" };
        var gold = new Option<string>("--gold") { Description = "gold records (JSONL, extraction-format v1)", Required = true };
        var pred = new Option<string?>("--pred") { Description = "score these records instead of extracting --docs" };
        var errors = new Option<int>("--errors") { Description = "list up to N event misses and false alarms with their sentences" };
        var json = new Option<string?>("--json") { Description = "also write every figure to this JSON file" };
        var savePred = new Option<string?>("--save-pred") { Description = "write the extracted records to this file" };
        var resources = ExtractCommand.ResourcesOption();
        var actorsPath = new Option<string?>("--actors") { Description = "actor alias table used to compare group and to (default: the spec's seed, en/actors.tsv)" };
        var cmd = new Command("eval", "Extract a corpus and score it against gold records, as shared/tools/score.py does.")
        {
            docs, gold, pred, errors, json, savePred, resources, actorsPath,
        };
        cmd.SetAction((parse, ct) =>
        {
            var warnings = new List<string>();
            var store = new ResourceStore(parse.GetValue(resources));
            ActorTable actors;
            if (parse.GetValue(actorsPath) is { } ap)
            {
                if (!File.Exists(ap)) throw new CliUsageException($"--actors: no such file '{ap}'");
                using var f = File.OpenText(ap);
                actors = ActorTable.Load(f);
            }
            else
            {
                using var r = store.Open("en/actors.tsv");
                actors = ActorTable.Load(r);
            }
            var reader = new RecordReader(actors, warnings.Add);
            var goldPath = parse.GetValue(gold)!;
            string predPath;
            string? temp = null;
            if (parse.GetValue(pred) is { } p) predPath = p;
            else if (parse.GetValue(docs) is { } d)
            {
                predPath = parse.GetValue(savePred) ?? (temp = Path.GetTempFileName());
                var extractor = new Extractor(store);
                var tally = new ReadTally();
                using var w = Output.JsonLines.Open(predPath);
                using var progress = new Output.ProgressLine("extracted");
                foreach (var doc in CliInput.Read([d], null, tally, ct))
                {
                    if (CliInput.TryExtract(extractor, doc, tally, ct) is { } record) w.WriteLine(RecordJson.Serialize(record));
                    progress.Advance(doc.Text.Length);
                }
            }
            else throw new CliUsageException("eval needs --docs (to extract) or --pred (records to score)");
            try
            {
                var result = Scorer.Score(reader.Load(goldPath), reader.Load(predPath));
                foreach (var wmsg in warnings.Take(50)) Console.Error.WriteLine($"warning: {wmsg}");
                Console.Out.Write(ScoreReport.Format(result, goldPath, parse.GetValue(pred) ?? parse.GetValue(savePred) ?? "(extracted)", parse.GetValue(errors)));
                if (parse.GetValue(json) is { } jsonPath)
                    File.WriteAllText(jsonPath, JsonSerializer.Serialize(ScoreJson.Of(result), new JsonSerializerOptions { WriteIndented = true }));
                return Task.FromResult(0);
            }
            catch (ScoreInputException e)
            {
                Console.Error.WriteLine($"eval: error: {e.Message}");
                return Task.FromResult(2);
            }
            finally
            {
                if (temp is not null) File.Delete(temp);
            }
        });
        return cmd;
    }
}
