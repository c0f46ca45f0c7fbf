using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CivilityBot.Tests.Uploads;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port, standing in for the pre-authorised <c>downloadUrl</c> of
/// Teams' file storage: <c>GET /{name}</c> answers the registered bytes (200 with Content-Length), a registered status
/// code, or the headers of the whole file followed by only part of the body before the connection is closed.
/// </summary>
internal sealed class DownloadStub : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, (int Status, byte[] Body, int? CutAt)> _files = new();
    private readonly CancellationTokenSource _stop = new();

    public DownloadStub()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Serves <paramref name="body"/> at /<paramref name="path"/>; the address to put in <c>downloadUrl</c>.</summary>
    public string Serve(string path, byte[] body, int status = 200, int? cutAt = null)
    {
        _files[path] = (status, body, cutAt);
        return $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/{path}";
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => AnswerAsync(client));
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync() ?? "";
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
            {
            }

            var path = requestLine.Split(' ').ElementAtOrDefault(1)?.TrimStart('/') ?? "";
            Requests.Enqueue(path);
            var (status, body, cutAt) = _files.TryGetValue(path, out var file) ? file : (404, [], null);
            var head = $"HTTP/1.1 {status} X\r\nContent-Type: application/octet-stream\r\nContent-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body.AsMemory(0, cutAt ?? body.Length));
            await stream.FlushAsync();
            client.Client.Shutdown(SocketShutdown.Both);
        }
    }
}
