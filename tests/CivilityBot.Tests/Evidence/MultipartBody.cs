using System.Net.Http.Headers;
using System.Text;

namespace CivilityBot.Tests.Evidence;

/// <summary>
/// A multipart/form-data body written byte by byte as a browser would (file names as raw UTF-8 in the header), so a test
/// can also send what no well-behaved client sends: names with control characters, a body cut off half way.
/// </summary>
internal sealed class MultipartBody
{
    private const string Boundary = "----civilitybot-test-boundary";
    private readonly List<byte> _body = [];

    public MultipartBody File(string name, byte[] content, string contentType = "application/octet-stream")
    {
        Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: {contentType}\r\n\r\n");
        _body.AddRange(content);
        Write("\r\n");
        return this;
    }

    public MultipartBody Field(string name, string value)
    {
        Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        return this;
    }

    /// <summary>The whole body, or (when <paramref name="cutOffAt"/> is given) only its first bytes, as a dropped connection leaves it.</summary>
    public HttpContent Content(int? cutOffAt = null)
    {
        var bytes = _body.Concat(Encoding.UTF8.GetBytes($"--{Boundary}--\r\n")).ToArray();
        var content = new ByteArrayContent(bytes, 0, cutOffAt ?? bytes.Length);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return content;
    }

    private void Write(string text) => _body.AddRange(Encoding.UTF8.GetBytes(text));
}
