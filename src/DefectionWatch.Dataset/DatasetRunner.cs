using System.Collections.Immutable;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Ingest;
using DefectionWatch.Storage;

namespace DefectionWatch.Dataset;

/// <summary>Knobs of a run.</summary>
public sealed record RunOptions
{
    /// <summary>Documents per transaction: a kill loses at most the batch in flight, which the next run redoes.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Estimated Jaccard similarity (word 5-shingles) from which a text is a copy of an earlier one.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.7;

    /// <summary>
    /// Bounds of the candidate search: bands shared by very many earlier documents (boilerplate) are skipped, and only
    /// the candidates sharing the most bands are verified on their signatures, so the cost per document stays flat.
    /// </summary>
    public NearDuplicateLimits NearDuplicateLimits { get; init; } = NearDuplicateLimits.Default;

    /// <summary>Extraction threads (the extractor is thread-safe).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>Counts so far, reported after each batch.</summary>
public sealed record RunProgress(
    long Read,
    long Added,
    long AlreadyStored,
    long ExactDuplicates,
    long NearDuplicates,
    long NotEnglish,
    long Extracted,
    long Failed,
    long Problems,
    long Events,
    int? Total = null);

/// <summary>The outcome of a run: counts and every problem met.</summary>
public sealed record RunSummary(RunProgress Counts, ImmutableArray<IngestProblem> Problems, TimeSpan Elapsed)
{
    /// <summary>True when at least one document was read (new or already stored): the CLI's success criterion.</summary>
    public bool ReadAnything => Counts.Read > 0;
}

/// <summary>
/// ingest → language check → dedupe (exact hash, then MinHash near-duplicates) → extract → store, one
/// transaction per batch. Idempotent: a document whose key and content are already stored is skipped, so
/// re-running the same sources adds nothing and a run killed midway is finished by the next one.
/// </summary>
public sealed class DatasetRunner(IDefectionStore store, IExtractor extractor, LanguageDetector? languages, RunOptions? options = null)
{
    private readonly RunOptions _options = options ?? new RunOptions();

    /// <summary>Ingests and processes <paramref name="input"/>.</summary>
    public async Task<RunSummary> RunAsync(IAsyncEnumerable<IngestResult> input, IProgress<RunProgress>? progress = null,
        Action<IngestProblem>? onProblem = null, CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        var counter = new Counter();
        var problems = ImmutableArray.CreateBuilder<IngestProblem>();
        var batch = new List<SourceDocument>(_options.BatchSize);
        await foreach (var result in input.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (result.Problem is { } p)
            {
                problems.Add(p);
                counter.Problems++;
                onProblem?.Invoke(p);
                continue;
            }
            batch.Add(result.Document!);
            counter.Read++;
            if (batch.Count >= _options.BatchSize)
            {
                await ProcessBatchAsync(batch, counter, problems, onProblem, cancellationToken).ConfigureAwait(false);
                batch.Clear();
                progress?.Report(counter.Snapshot());
            }
        }
        if (batch.Count > 0) await ProcessBatchAsync(batch, counter, problems, onProblem, cancellationToken).ConfigureAwait(false);
        progress?.Report(counter.Snapshot());
        return new RunSummary(counter.Snapshot(), problems.ToImmutable(), DateTime.UtcNow - started);
    }

    /// <summary>Synchronous sources (files and folders) as an async stream.</summary>
    public Task<RunSummary> RunAsync(IEnumerable<IngestResult> input, IProgress<RunProgress>? progress = null,
        Action<IngestProblem>? onProblem = null, CancellationToken cancellationToken = default) =>
        RunAsync(ToAsync(input, cancellationToken), progress, onProblem, cancellationToken);

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async Task ProcessBatchAsync(List<SourceDocument> docs, Counter counter, ImmutableArray<IngestProblem>.Builder problems,
        Action<IngestProblem>? onProblem, CancellationToken cancellationToken)
    {
        // Language detection and MinHash signatures are pure: compute them before taking the write lock.
        var prepared = docs.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, _options.Parallelism)).WithCancellation(cancellationToken)
            .Select(d =>
            {
                var detected = d.Info.Language is null && languages is not null ? languages.Detect(d.Text) : null;
                var sig = MinHash.Signature(d.Text);
                return (Doc: d, Detected: detected, Signature: sig, Bands: MinHash.BandHashes(sig));
            }).ToList();

        await using var tx = await store.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        var toExtract = new List<(long Id, SourceDocument Doc)>();
        foreach (var (doc, detected, signature, bands) in prepared)
        {
            var key = doc.Id;
            var existing = await tx.FindByKeyAsync(key, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                if (existing.ContentHash == doc.Provenance.ContentHash) { counter.AlreadyStored++; continue; }
                // Same id, other text (two corpora reusing ids, or an updated article): keep both.
                key = doc.Id + "#" + doc.Provenance.ContentHash[..12];
                if (await tx.FindByKeyAsync(key, cancellationToken).ConfigureAwait(false) is not null) { counter.AlreadyStored++; continue; }
            }

            var status = DocumentStatus.Pending;
            long? duplicateOf = null;
            DuplicateKind? kind = null;
            double? similarity = null;
            var original = await tx.FindOriginalByHashAsync(doc.Provenance.ContentHash, cancellationToken).ConfigureAwait(false);
            if (original is { } o)
            {
                (status, duplicateOf, kind, similarity) = (DocumentStatus.Duplicate, o, DuplicateKind.Exact, 1.0);
                counter.ExactDuplicates++;
            }
            else if (!bands.IsDefaultOrEmpty)
            {
                var best = (Id: 0L, Sim: 0.0);
                foreach (var c in await tx.FindNearDuplicateCandidatesAsync(bands, _options.NearDuplicateLimits, cancellationToken).ConfigureAwait(false))
                {
                    var sim = MinHash.Similarity(signature, c.Signature);
                    if (sim > best.Sim) best = (c.Id, sim);
                }
                if (best.Sim >= _options.NearDuplicateThreshold)
                {
                    (status, duplicateOf, kind, similarity) = (DocumentStatus.Duplicate, best.Id, DuplicateKind.Near, Math.Round(best.Sim, 4));
                    counter.NearDuplicates++;
                }
            }
            var language = doc.Info.Language ?? detected;
            if (status == DocumentStatus.Pending && language is not null && language != "en")
            {
                status = DocumentStatus.NotEnglish;
                counter.NotEnglish++;
            }
            var isOriginal = duplicateOf is null;
            var id = await tx.AddDocumentAsync(new NewDocument(
                key, doc.Info with { Id = key }, doc.Text, doc.Provenance.Source, doc.Provenance.Line, doc.Provenance.Publisher,
                doc.Provenance.RetrievedAt, doc.Provenance.ContentHash, detected, status, duplicateOf, kind, similarity,
                isOriginal ? signature : default, isOriginal ? bands : default), cancellationToken).ConfigureAwait(false);
            counter.Added++;
            if (status == DocumentStatus.Pending) toExtract.Add((id, doc with { Info = doc.Info with { Id = key } }));
        }

        await ExtractAndSaveAsync(tx, toExtract.Select(t => (t.Id, t.Doc.Info, t.Doc.Text)).ToList(), counter, problems, onProblem, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ExtractAndSaveAsync(IDocumentBatch tx, List<(long Id, DocumentInfo Info, string Text)> items, Counter counter,
        ImmutableArray<IngestProblem>.Builder? problems, Action<IngestProblem>? onProblem, CancellationToken cancellationToken)
    {
        var version = extractor.Version;
        var results = items.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, _options.Parallelism)).WithCancellation(cancellationToken)
            .Select(item =>
            {
                try
                {
                    return (item.Id, item.Info, Record: extractor.Extract(item.Info, item.Text, cancellationToken), Error: (string?)null);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return (item.Id, item.Info, Record: (ExtractionRecord?)null, Error: e.GetType().Name + ": " + e.Message);
                }
            }).ToList();
        foreach (var (id, info, record, error) in results)
        {
            if (record is not null)
            {
                await tx.SaveExtractionAsync(id, record, version, cancellationToken).ConfigureAwait(false);
                counter.Extracted++;
                counter.Events += record.Events.Length;
            }
            else
            {
                await tx.SaveExtractionErrorAsync(id, error!, cancellationToken).ConfigureAwait(false);
                counter.Failed++;
                var p = new IngestProblem(info.Id, null, "extraction failed: " + error, Skipped: false);
                problems?.Add(p);
                counter.Problems++;
                onProblem?.Invoke(p);
            }
        }
    }

    /// <summary>
    /// Re-processes stored originals not extracted by the current extractor version (all of them with
    /// <paramref name="all"/>); each fact keeps the version that produced it.
    /// </summary>
    public async Task<RunSummary> ReextractAsync(bool all = false, IProgress<RunProgress>? progress = null,
        Action<IngestProblem>? onProblem = null, CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        var ids = await store.DocumentsToExtractAsync(extractor.Version, all, cancellationToken).ConfigureAwait(false);
        var counter = new Counter { Total = ids.Count };
        var problems = ImmutableArray.CreateBuilder<IngestProblem>();
        foreach (var chunk in ids.Chunk(Math.Max(1, _options.BatchSize)))
        {
            var items = new List<(long, DocumentInfo, string)>(chunk.Length);
            foreach (var id in chunk)
            {
                var doc = await store.GetDocumentAsync(id, cancellationToken).ConfigureAwait(false);
                var text = await store.GetTextAsync(id, cancellationToken).ConfigureAwait(false);
                if (doc is null || text is null) continue;
                items.Add((id, doc.Info, text));
                counter.Read++;
            }
            await using var tx = await store.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
            await ExtractAndSaveAsync(tx, items, counter, problems, onProblem, cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(counter.Snapshot());
        }
        progress?.Report(counter.Snapshot());
        return new RunSummary(counter.Snapshot(), problems.ToImmutable(), DateTime.UtcNow - started);
    }

    private sealed class Counter
    {
        public long Read, Added, AlreadyStored, ExactDuplicates, NearDuplicates, NotEnglish, Extracted, Failed, Problems, Events;
        public int? Total;

        public RunProgress Snapshot() =>
            new(Read, Added, AlreadyStored, ExactDuplicates, NearDuplicates, NotEnglish, Extracted, Failed, Problems, Events, Total);
    }
}
