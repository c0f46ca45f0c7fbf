using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CivilityBot.Uploads;

/// <summary>
/// The one upload page, for every purpose: Chinese, phone-width, several files at once, a progress bar (XMLHttpRequest
/// upload progress). The script checks size and type before sending so a phone does not upload 500 MB only to be
/// refused; the server checks everything again.
/// </summary>
public static class UploadPage
{
    /// <summary>Escapes markup but leaves Chinese readable in the page source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The page for <paramref name="purpose"/> as <paramref name="model"/> describes it; <paramref name="expiresLocal"/> is the link's expiry in Beijing time.</summary>
    public static string Render(IUploadPurpose purpose, UploadPageModel model, int maxFiles, string expiresLocal)
    {
        var html = Encoder;
        var list = new StringBuilder();
        foreach (var (name, detail) in model.Files ?? [])
        {
            list.Append(CultureInfo.InvariantCulture, $"<li>{html.Encode(name)} <small>{html.Encode(detail)}</small></li>");
        }

        var files = model.Files is null ? "" : $"<h2>已上传（<span id=\"count\">{model.Files.Count.ToString(CultureInfo.InvariantCulture)}</span>）</h2>\n<ul id=\"uploaded\">"
            + (model.Files.Count == 0 ? "<li class=\"none\">还没有文件</li>" : list.ToString()) + "</ul>";
        var accept = string.Join(',', purpose.Extensions);
        return Template
            .Replace("{{heading}}", html.Encode(model.Heading), StringComparison.Ordinal)
            .Replace("{{label}}", html.Encode(model.Label), StringComparison.Ordinal)
            .Replace("{{text}}", html.Encode(model.Text), StringComparison.Ordinal)
            .Replace("{{person}}", html.Encode(model.Person), StringComparison.Ordinal)
            .Replace("{{files}}", files, StringComparison.Ordinal)
            .Replace("{{accept}}", html.Encode(accept), StringComparison.Ordinal)
            .Replace("{{types}}", html.Encode(string.Join("、", purpose.Extensions.Select(extension => extension.TrimStart('.')))), StringComparison.Ordinal)
            .Replace("{{max}}", purpose.MaxBytes.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{maxText}}", html.Encode(UploadTexts.Size(purpose.MaxBytes)), StringComparison.Ordinal)
            .Replace("{{maxFiles}}", maxFiles.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{expires}}", html.Encode(expiresLocal), StringComparison.Ordinal);
    }

    private const string Template = """
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{heading}} {{label}}</title>
        <style>
        body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f5f5;color:#242424}
        main{max-width:640px;margin:0 auto;padding:16px;background:#fff;min-height:100vh;box-sizing:border-box}
        h1{font-size:20px;margin:0 0 12px} h2{font-size:16px;margin:20px 0 8px}
        .item{line-height:1.6;margin:0 0 8px;word-break:break-word} .who,.hint{color:#616161;font-size:14px}
        ul{padding-left:20px;margin:0} li{margin:4px 0;word-break:break-all} li small{color:#616161} .none{color:#616161;list-style:none;margin-left:-20px}
        input[type=file]{display:block;width:100%;margin:12px 0;font-size:16px}
        button{width:100%;padding:12px;font-size:17px;border:0;border-radius:6px;background:#5b5fc7;color:#fff}
        button:disabled{background:#c7c7c7}
        progress{width:100%;height:18px;margin-top:12px}
        #msg{margin:12px 0;line-height:1.5;font-weight:600} .ok{color:#0e700e} .bad{color:#c50f1f}
        </style>
        </head>
        <body>
        <main>
        <h1>{{heading}}</h1>
        <p class="item"><b>{{label}}</b> {{text}}</p>
        <p class="who">{{person}}</p>
        {{files}}
        <form id="form" method="post" enctype="multipart/form-data" data-max="{{max}}" data-max-files="{{maxFiles}}" data-max-text="{{maxText}}">
        <h2>选择文件（可多选）</h2>
        <input id="files" name="files" type="file" multiple accept="{{accept}}">
        <button id="send" type="submit">上传</button>
        <progress id="bar" max="100" value="0" hidden></progress>
        <p id="msg" role="status" aria-live="polite"></p>
        </form>
        <p class="hint">单个文件不超过 {{maxText}}，一次最多 {{maxFiles}} 个。可上传：{{types}}。<br>链接有效期至 {{expires}}（北京时间），仅限本人使用，请勿转发。</p>
        </main>
        <script>
        (function(){
          var form=document.getElementById('form'),input=document.getElementById('files'),bar=document.getElementById('bar'),
              msg=document.getElementById('msg'),send=document.getElementById('send'),list=document.getElementById('uploaded'),
              count=document.getElementById('count'),accept=input.accept.split(',');
          function say(text,ok){msg.textContent=text;msg.className=ok?'ok':'bad';}
          form.addEventListener('submit',function(e){
            e.preventDefault();
            var files=Array.prototype.slice.call(input.files);
            if(files.length===0){say('请先选择要上传的文件。',false);return;}
            if(files.length>+form.dataset.maxFiles){say('一次最多上传 '+form.dataset.maxFiles+' 个文件，请分批上传。',false);return;}
            for(var i=0;i<files.length;i++){
              var f=files[i],ext=f.name.lastIndexOf('.')>=0?f.name.slice(f.name.lastIndexOf('.')).toLowerCase():'';
              if(f.size>+form.dataset.max){say('「'+f.name+'」超过单个文件 '+form.dataset.maxText+' 的上限。',false);return;}
              if(f.size===0){say('「'+f.name+'」是空文件。',false);return;}
              if(accept.indexOf(ext)<0){say('「'+f.name+'」的文件类型不在允许范围内。',false);return;}
            }
            var data=new FormData();files.forEach(function(f){data.append('files',f,f.name);});
            var xhr=new XMLHttpRequest();xhr.open('POST',location.pathname);
            xhr.upload.onprogress=function(p){if(p.lengthComputable){bar.value=Math.round(p.loaded*100/p.total);}};
            xhr.onload=function(){
              send.disabled=false;bar.hidden=true;say(xhr.responseText,xhr.status===200);
              if(xhr.status===200&&list){
                var none=list.querySelector('.none');if(none){none.remove();}
                files.forEach(function(f){var li=document.createElement('li');li.textContent=f.name;list.appendChild(li);});
                count.textContent=list.children.length;input.value='';
              }
            };
            xhr.onerror=function(){send.disabled=false;bar.hidden=true;say('上传中断，文件没有保存。请检查网络后重新上传。',false);};
            send.disabled=true;bar.hidden=false;bar.value=0;say('正在上传…',true);xhr.send(data);
          });
        })();
        </script>
        </body>
        </html>
        """;
}
