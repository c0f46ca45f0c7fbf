using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// nginx (Debian's package; <c>.ci/run</c> installs it) in front of the instances, round-robin, as a load balancer
/// in front of App Service instances would be. A request that could not be sent to an instance (connection refused
/// after a SIGKILL) goes to the next one; a POST already sent is not repeated (nginx's default for non-idempotent
/// requests), so nginx itself never delivers an activity twice.
/// </summary>
internal sealed class NginxBalancer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private NginxBalancer(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public static async Task<NginxBalancer> StartAsync(IEnumerable<BotInstance> instances, int port, CancellationToken cancellationToken)
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: apt-get install nginx (.ci/run does this)");
        var prefix = Directory.CreateTempSubdirectory("civilitybot-nginx-").FullName;
        var servers = new StringBuilder();
        foreach (var instance in instances)
        {
            servers.Append(CultureInfo.InvariantCulture, $"    server {new Uri(instance.Url).Authority} max_fails=1 fail_timeout=30s;\n");
        }

        // As root (CI), workers would drop to "nobody" and could not write the temp folders made here.
        var user = Environment.UserName == "root" ? "user root;\n" : string.Empty;
        var config = $$"""
            {{user}}daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{prefix}}/body;
              proxy_temp_path {{prefix}}/proxy;
              fastcgi_temp_path {{prefix}}/fastcgi;
              uwsgi_temp_path {{prefix}}/uwsgi;
              scgi_temp_path {{prefix}}/scgi;
              client_max_body_size 64m;
              upstream bots {
            {{servers}}    keepalive 64;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://bots;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_connect_timeout 2s;
                  proxy_read_timeout 60s;
                }
              }
            }
            """;
        var file = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(file, config, cancellationToken);
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", prefix, "-c", file })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var balancer = new NginxBalancer(process, prefix, port);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync(cancellationToken));
            }

            try
            {
                using var response = await client.GetAsync(new Uri(balancer.Url + "/healthz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return balancer;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("nginx did not answer /healthz through the instances");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
