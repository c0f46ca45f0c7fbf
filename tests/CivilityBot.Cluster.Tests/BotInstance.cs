using System.Collections.Concurrent;
using System.Diagnostics;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// One bot process, started from the build output with <c>dotnet CivilityBot.dll</c> on its own loopback port, with
/// the content root at the bot project (so it reads the shipped appsettings) and the given settings as environment
/// variables (ASP.NET Core's <c>Section__Key</c> form).
/// </summary>
internal sealed class BotInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotInstance(string name, int port, Process process)
    {
        Name = name;
        Url = $"http://127.0.0.1:{port}";
        _process = process;
    }

    public string Name { get; }

    public string Url { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last 200 lines the process wrote, for failure messages.</summary>
    public string Output => $"--- {Name} ({Url}) ---\n" + string.Join('\n', _output);

    public static async Task<BotInstance> StartAsync(string name, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = ClusterPaths.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ClusterPaths.BotProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ClusterPaths.BotAssembly, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", ClusterPaths.BotProject })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var instance = new BotInstance(name, port, process);
        process.OutputDataReceived += (_, line) => instance.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => instance.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await instance.WaitHealthyAsync(cancellationToken);
        return instance;
    }

    /// <summary>Ends the process at once with SIGKILL: no shutdown code runs, as when a machine dies.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited during start-up (code {_process.ExitCode}).\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Url + "/healthz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{Name} was not healthy after 90 s.\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
