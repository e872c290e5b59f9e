using System.Net;

namespace DefectionWatch.Ingest;

/// <summary>A fetched HTTP body with its final URL and media type.</summary>
internal sealed record FetchedPage(Uri Url, string? MediaType, byte[] Body);

/// <summary>HTTP GET with a per-attempt time-out and exponential back-off on transient failures.</summary>
internal static class Web
{
    public static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The host without a leading "www.", or null.</summary>
    public static string? HostOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) || string.IsNullOrEmpty(u.Host)) return null;
        var host = u.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>Fetches <paramref name="url"/>; throws <see cref="FetchException"/> with a readable message after the last attempt.</summary>
    public static async Task<FetchedPage> GetAsync(HttpClient http, string url, IngestOptions options, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, options.HttpAttempts);
        var delay = options.HttpBackoff;
        string lastError = "";
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.HttpTimeout);
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    var length = response.Content.Headers.ContentLength;
                    if (length > options.MaxPdfBytes)
                        throw new FetchException($"response is {JsonDocuments.Megabytes(length.Value)}, over the limit");
                    var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                    return new FetchedPage(response.RequestMessage?.RequestUri ?? new Uri(url), response.Content.Headers.ContentType?.MediaType, body);
                }
                lastError = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                var transient = (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
                if (!transient) throw new FetchException(lastError);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastError = $"timed out after {options.HttpTimeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s";
            }
            catch (HttpRequestException e)
            {
                lastError = e.Message;
            }
            if (attempt < attempts)
            {
                await Task.Delay(delay, options.Clock, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
        throw new FetchException($"{lastError} ({attempts} attempt{(attempts == 1 ? "" : "s")})");
    }
}

/// <summary>A URL that could not be fetched; the message is meant for the user.</summary>
public sealed class FetchException(string message) : Exception(message);
