// Sends the files picked in a browser to the loopback host, one PUT per file, with progress.
import { TOKEN_HEADER } from '../../shared/bridge';
import { accessToken } from '../api/accessToken';

/** A file the user picked, with its path inside the picked folder (or its name). */
export interface PickedFile {
  file: File;
  relativePath: string;
}

/** Where uploaded files now are on the host: their batch folder and each file's path. */
export interface Uploaded {
  folder: string;
  paths: string[];
}

/** Uploads files into one new batch folder on the host. */
export async function uploadFiles(
  files: PickedFile[],
  onProgress: (sent: number, total: number) => void,
): Promise<Uploaded> {
  const batch = crypto.randomUUID();
  const total = files.reduce((sum, picked) => sum + picked.file.size, 0);
  let before = 0;
  const uploaded: Uploaded = { folder: '', paths: [] };
  for (const picked of files) {
    const { folder, path } = await uploadOne(batch, picked, (sent) => onProgress(before + sent, total));
    uploaded.folder = folder;
    uploaded.paths.push(path);
    before += picked.file.size;
  }
  onProgress(total, total);
  return uploaded;
}

function uploadOne(
  batch: string,
  picked: PickedFile,
  onProgress: (sent: number) => void,
): Promise<{ folder: string; path: string }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', `/upload/${batch}/${encodeURIComponent(picked.relativePath)}`);
    const token = accessToken();
    if (token !== null) request.setRequestHeader(TOKEN_HEADER, token);
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      if (request.status !== 200) {
        reject(new Error(`uploading ${picked.relativePath} failed: ${request.responseText.trim() || request.status}`));
        return;
      }
      resolve((JSON.parse(request.responseText) as { value: { folder: string; path: string } }).value);
    };
    request.onerror = () =>
      reject(new Error(`uploading ${picked.relativePath} failed: the Spanmark host cannot be reached`));
    request.send(picked.file);
  });
}

/**
 * The files of an `<input type=file>`. A folder pick keeps the paths inside the folder, without the
 * folder's own name, so document ids come out as they do when the CLI imports that folder.
 */
export function pickedFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({
    file,
    relativePath: file.webkitRelativePath ? file.webkitRelativePath.split('/').slice(1).join('/') : file.name,
  }));
}
